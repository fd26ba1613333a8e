package cn.suanpan.app.ui.sale;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.catalog.Category;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sale screen's state and actions. The view only binds to these properties and
 * calls these methods, so the whole screen can be driven without a window in tests.
 */
public final class SaleViewModel {

    private static final int GRID_LIMIT = 60;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final TerminalContext terminal;
    private final I18n i18n;
    private final ObservableList<CartRow> cart = FXCollections.observableArrayList();
    private final ObservableList<Product> gridProducts = FXCollections.observableArrayList();
    private final List<Category> categories;
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(Money.ZERO.display());
    private final ReadOnlyStringWrapper itemCount = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("");

    public SaleViewModel(TerminalContext terminal, I18n i18n) {
        this.terminal = terminal;
        this.i18n = i18n;
        this.categories = terminal.catalog().categories();
        recalculate();
        tick();
        if (!categories.isEmpty()) {
            selectCategory(categories.get(0));
        }
    }

    public String storeName() {
        return "zh".equals(i18n.locale().getLanguage()) || terminal.storeInfo().storeNameEn() == null
                ? terminal.storeInfo().storeName() : terminal.storeInfo().storeNameEn();
    }

    public String terminalCode() {
        return terminal.storeInfo().storeCode() + "-" + terminal.storeInfo().terminalCode();
    }

    public List<Category> categories() {
        return categories;
    }

    public ObservableList<CartRow> cart() {
        return cart;
    }

    public ObservableList<Product> gridProducts() {
        return gridProducts;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty itemCountProperty() {
        return itemCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public void tick() {
        clock.set(ZonedDateTime.now(terminal.clock().withZone(terminal.storeInfo().zone())).format(CLOCK));
    }

    public void selectCategory(Category category) {
        gridProducts.setAll(terminal.catalog().byCategory(category.code(), GRID_LIMIT));
    }

    /** A scanned or typed code: the product goes into the cart, or the cashier is told why not. */
    public boolean scan(String code) {
        String trimmed = code.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        Optional<Product> product = terminal.catalog().byBarcode(trimmed).or(() -> terminal.catalog().bySku(trimmed));
        if (product.isEmpty()) {
            error(i18n.tr("sale.unknownBarcode", trimmed));
            return false;
        }
        return add(product.get());
    }

    /** Adds one piece of a product, or explains why it needs the scale. */
    public boolean add(Product product) {
        if (product.weighed()) {
            error(i18n.tr("sale.weighedNeedsScale", product.displayName(i18n.locale())));
            return false;
        }
        if (!product.active()) {
            error(i18n.tr("sale.inactive", product.displayName(i18n.locale())));
            return false;
        }
        for (int i = 0; i < cart.size(); i++) {
            if (cart.get(i).product().id().equals(product.id())) {
                cart.set(i, cart.get(i).plusOne());
                added(product);
                return true;
            }
        }
        cart.add(new CartRow(cart.size() + 1, product, 1, product.displayName(i18n.locale())));
        added(product);
        return true;
    }

    public void clearSale() {
        cart.clear();
        recalculate();
        info(i18n.tr("sale.cleared"));
    }

    private void added(Product product) {
        recalculate();
        info(i18n.tr("sale.added", product.displayName(i18n.locale()), product.price().display()));
    }

    private void recalculate() {
        Money sum = Money.ZERO;
        long pieces = 0;
        for (CartRow row : cart) {
            sum = sum.plus(row.amount());
            pieces += row.quantity();
        }
        total.set(sum.display());
        itemCount.set(i18n.tr("sale.itemCount", pieces));
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    private void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }
}
