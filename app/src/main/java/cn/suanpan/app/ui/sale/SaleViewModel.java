package cn.suanpan.app.ui.sale;

import cn.suanpan.app.ui.catalog.ScanOutcome;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.core.auth.Authorization;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.cart.AddItem;
import cn.suanpan.core.cart.AttachMember;
import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartCommand;
import cn.suanpan.core.cart.CartEditor;
import cn.suanpan.core.cart.CartLine;
import cn.suanpan.core.cart.ChangeQuantity;
import cn.suanpan.core.cart.DetachMember;
import cn.suanpan.core.cart.Discount;
import cn.suanpan.core.cart.OverridePrice;
import cn.suanpan.core.cart.PriceOverride;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.cart.RemoveLine;
import cn.suanpan.core.cart.SetLineDiscount;
import cn.suanpan.core.cart.SetOrderDiscount;
import cn.suanpan.core.cart.VoidLine;
import cn.suanpan.core.catalog.Category;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.members.Member;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.hardware.scale.ScaleReading;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import cn.suanpan.core.catalog.scale.ScaleLabelDecoder;
import cn.suanpan.core.payment.PaymentRouting;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sale in progress: a {@link CartEditor} of command objects (so every edit can be
 * undone), priced by the {@link cn.suanpan.core.pricing.PricingEngine} after each edit.
 * The view binds to the properties here and calls the methods; nothing here knows about
 * controls, and the store is only touched through the task executor.
 */
public final class SaleViewModel {

    public static final int GRID_LIMIT = 60;
    public static final int SEARCH_LIMIT = 40;
    static final Duration WEIGH_TIMEOUT = Duration.ofSeconds(4);

    private final Services services;
    private final Session session;
    private CartEditor editor = new CartEditor(Cart.empty());

    private final ObjectProperty<PricedCart> priced = new SimpleObjectProperty<>();
    private final ObservableList<PricedLine> lines = FXCollections.observableArrayList();
    private final IntegerProperty selectedLine = new SimpleIntegerProperty(0);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final ObjectProperty<RecordedSale> lastSale = new SimpleObjectProperty<>();
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty weighing = new SimpleBooleanProperty(false);
    private final ObjectProperty<ScaleReading> scaleReading = new SimpleObjectProperty<>();
    private final ObservableList<Product> gridProducts = FXCollections.observableArrayList();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty searchQuery = new SimpleStringProperty("");
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final BooleanProperty catalogLoading = new SimpleBooleanProperty(true);
    /** Scans and typed codes that came before the catalog index was built, in order; applied once it is. */
    private final List<Waiting> waiting = new ArrayList<>();
    // kept in fields: a binding only its listeners refer to would be garbage-collected
    private final StringBinding payBlocked;
    private final StringBinding holdBlocked;
    private final StringBinding recallBlocked;
    /** Line number of the line the last command created, while undoing it would only remove that line. */
    private int freshLine;

    public SaleViewModel(Services services, Session session) {
        this.services = services;
        this.session = session;
        payBlocked = Bindings.createStringBinding(() -> {
            if (session.shift() == null) {
                return "sale.reason.noShift";
            }
            PricedCart p = priced.get();
            if (p == null || p.lines().stream().allMatch(PricedLine::voided)) {
                return "sale.reason.emptyCart";
            }
            return null;
        }, priced, session.shiftProperty());
        holdBlocked = Bindings.createStringBinding(() -> {
            PricedCart p = priced.get();
            return p == null || p.lines().isEmpty() ? "sale.reason.emptyCart" : null;
        }, priced);
        recallBlocked = Bindings.createStringBinding(() -> {
            PricedCart p = priced.get();
            return p != null && !p.lines().isEmpty() ? "sale.reason.finishFirst" : null;
        }, priced);
        reprice();
        services.devices().addScaleListener(r -> services.uiThread().execute(() -> scaleReading.set(r)));
        // a large catalog is still being indexed when the first screens show: never wait for it here
        if (services.catalog().ready()) {
            catalogLoaded();
        } else {
            services.catalog().whenFirstLoaded(() -> services.uiThread().execute(this::catalogLoaded),
                    failure -> services.uiThread().execute(() -> fail(Notice.failure(failure))));
        }
        services.catalog().whenReloaded(() -> services.uiThread().execute(this::catalogReloaded));
    }

    /**
     * A new index after an import or a sync pull: the category tabs are read again (one may
     * have come or gone), the category shown stays when it is still there, and the grid shows
     * what the new index holds.
     */
    private void catalogReloaded() {
        if (catalogLoading.get()) {
            return; // the first load brings the categories
        }
        List<Category> now = services.catalog().categories();
        Category shown = category.get();
        Category keep = shown == null ? null
                : now.stream().filter(c -> c.code().equals(shown.code())).findFirst().orElse(null);
        String query = searchQuery.get();
        categories.setAll(now);
        if (keep != null) {
            category.set(keep);
        } else if (!now.isEmpty()) {
            category.set(now.getFirst());
        } else {
            category.set(null);
        }
        search(query);
    }

    /** A scan or a code typed with Enter, kept while the catalog loads. */
    private record Waiting(String code, boolean typed) {
    }

    /** The index is built: categories and grid appear, and the scans kept meanwhile go into the cart in order. */
    private void catalogLoaded() {
        if (!catalogLoading.get()) {
            return;
        }
        catalogLoading.set(false);
        String query = searchQuery.get();
        categories.setAll(services.catalog().categories());
        if (!categories.isEmpty()) {
            selectCategory(categories.getFirst());
        }
        if ("sale.catalogLoading".equals(notice.get().key())) {
            notice.set(Notice.NONE);
        }
        List<Waiting> kept = List.copyOf(waiting);
        waiting.clear();
        for (Waiting w : kept) {
            if (w.typed()) {
                enter(w.code());
            } else {
                scan(w.code());
            }
        }
        // a search typed meanwhile is what the grid shows
        if (!query.isEmpty()) {
            search(query);
        }
    }

    /**
     * Whether the catalog can be read now. The index may be there before its word reached this
     * thread (or after a first build that failed and a later one that did not): then the kept
     * scans go in first, so that the order stays the cashier's.
     */
    private boolean catalogReady() {
        if (catalogLoading.get() && services.catalog().ready()) {
            catalogLoaded();
        }
        return !catalogLoading.get();
    }

    /** Keeps a code until the catalog is there; says so, with how many wait. */
    private boolean keep(String code, boolean typed) {
        waiting.add(new Waiting(code, typed));
        notice.set(Notice.warning("sale.catalogLoading", waiting.size()));
        return true;
    }

    // ---- what the view binds to

    public ObjectProperty<PricedCart> pricedProperty() {
        return priced;
    }

    public PricedCart priced() {
        return priced.get();
    }

    public ObservableList<PricedLine> lines() {
        return lines;
    }

    public IntegerProperty selectedLineProperty() {
        return selectedLine;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public ObjectProperty<RecordedSale> lastSaleProperty() {
        return lastSale;
    }

    public ObjectProperty<Member> memberProperty() {
        return member;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty weighingProperty() {
        return weighing;
    }

    public ObjectProperty<ScaleReading> scaleReadingProperty() {
        return scaleReading;
    }

    public ObservableList<Product> gridProducts() {
        return gridProducts;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty searchQueryProperty() {
        return searchQuery;
    }

    /** The catalog's categories; empty until the catalog index is built. */
    public ObservableList<Category> categories() {
        return categories;
    }

    /** True until the catalog index is built; scans meanwhile are kept and applied after. */
    public BooleanProperty catalogLoadingProperty() {
        return catalogLoading;
    }

    public Cart cart() {
        return editor.cart();
    }

    public boolean isEmpty() {
        return editor.cart().lines().stream().allMatch(CartLine::voided);
    }

    public Session session() {
        return session;
    }

    public Services services() {
        return services;
    }

    /** Why the sale cannot be paid now, as a bundle key; null when it can. */
    public StringBinding payBlockedProperty() {
        return payBlocked;
    }

    /** Why the sale cannot be held: an empty cart has nothing to hold. */
    public StringBinding holdBlockedProperty() {
        return holdBlocked;
    }

    /** Recall (and returns) only into an empty cart, so that no sale is lost by mistake. */
    public StringBinding recallBlockedProperty() {
        return recallBlocked;
    }

    // ---- catalog

    public void selectCategory(Category c) {
        category.set(c);
        searchQuery.set("");
        showInGrid(services.catalog().inCategory(c.code(), GRID_LIMIT));
    }

    /** Search as you type: the grid shows what matches, or the category again once the query is empty. */
    public void search(String query) {
        String q = query == null ? "" : query.strip();
        searchQuery.set(q);
        if (!catalogReady()) {
            // searched again once the catalog is there
            if (!q.isEmpty()) {
                notice.set(Notice.warning("sale.catalogLoading", waiting.size()));
            }
        } else if (q.isEmpty()) {
            Category c = category.get();
            showInGrid(c == null ? List.of() : services.catalog().inCategory(c.code(), GRID_LIMIT));
        } else {
            showInGrid(services.catalog().search(q, SEARCH_LIMIT));
        }
    }

    /**
     * Puts products in the grid unless it already shows these very ones. Every scan asks for
     * the category again (the scan field is emptied, which ends a search), and the screen
     * builds a tile for each product of a changed list: refilling it with the same sixty
     * products cost each scan a full style pass of the new tiles before its cart row showed.
     */
    private void showInGrid(List<Product> products) {
        if (!gridProducts.equals(products)) {
            gridProducts.setAll(products);
        }
    }

    // ---- adding items

    // ---- payment codes scanned at the cart

    private PaymentRouting paymentRouting;
    private Consumer<String> paymentCodes;

    /**
     * Sends payment codes scanned or typed into the cart field to {@code pay} rather than to
     * a product lookup. Product barcodes and scale labels never look like payment codes
     * (see {@link PaymentRouting#looksLikePaymentCode(String, ScaleLabelDecoder)}).
     */
    public void routePaymentCodes(PaymentRouting routing, Consumer<String> pay) {
        this.paymentRouting = routing;
        this.paymentCodes = pay;
    }

    private boolean paymentCode(String code) {
        if (paymentCodes == null || !paymentRouting.looksLikePaymentCode(code, ScaleLabelDecoder.defaults())) {
            return false;
        }
        paymentCodes.accept(PaymentRouting.normalize(code));
        return true;
    }

    /**
     * A code from a scanner (wedge or serial): the product goes into the cart, or the cashier
     * hears why not. While the catalog is still being indexed the code is kept (and true
     * returned) and goes into the cart once the index is there.
     */
    public boolean scan(String code) {
        String c = code.strip();
        if (c.isEmpty()) {
            return false;
        }
        if (paymentCode(c)) {
            return true;
        }
        if (!catalogReady()) {
            return keep(c, false);
        }
        ScanOutcome outcome = services.catalog().scan(c);
        return switch (outcome) {
            case ScanOutcome.Found f -> add(f.product());
            case ScanOutcome.ScaleLabel label -> apply(AddItem.scaleLabel(label.product(), label.weight(), label.amount()),
                    label.product(), true);
            case ScanOutcome.Unknown u -> {
                fail(Notice.error("sale.unknownBarcode", u.code()));
                yield false;
            }
        };
    }

    /**
     * Enter in the scan field typed by hand: a code when it is one, else the single product
     * the search finds; with several matches the grid shows them to pick from. Kept like a
     * scan while the catalog loads.
     */
    public boolean enter(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (paymentCode(t)) {
            return true;
        }
        if (!catalogReady()) {
            return keep(t, true);
        }
        ScanOutcome outcome = services.catalog().scan(t);
        if (!(outcome instanceof ScanOutcome.Unknown)) {
            search("");
            return scan(t);
        }
        List<Product> hits = services.catalog().search(t, SEARCH_LIMIT);
        if (hits.size() == 1) {
            search("");
            return add(hits.getFirst());
        }
        if (hits.isEmpty()) {
            fail(t.chars().allMatch(Character::isDigit) ? Notice.error("sale.unknownBarcode", t) : Notice.error("sale.noMatch", t));
            return false;
        }
        search(t);
        notice.set(Notice.info("sale.pickFromResults", hits.size()));
        return false;
    }

    /** One piece of a product from the grid or the search, or a weighing for goods sold by weight. */
    public boolean add(Product product) {
        if (product.weighed()) {
            weigh(product);
            return false;
        }
        return apply(new AddItem(product, Quantity.pieces(1)), product, true);
    }

    /** Several pieces at once (a spoken "add two cola"): one command, undone as one; weighed goods go on the scale. */
    public boolean add(Product product, int pieces) {
        if (product.weighed()) {
            weigh(product);
            return false;
        }
        return apply(new AddItem(product, Quantity.pieces(pieces)), product, true);
    }

    /** Reads the next stable weight from the scale and adds the product with it. */
    public void weigh(Product product) {
        if (weighing.get()) {
            return;
        }
        weighing.set(true);
        notice.set(Notice.info("sale.weighing", product.name(), english(product)));
        services.devices().scale().readStableWeight(WEIGH_TIMEOUT).whenComplete((reading, failure) -> services.uiThread().execute(() -> {
            weighing.set(false);
            if (failure != null) {
                fail(Notice.error("sale.weighFailed", product.name(), english(product)));
                return;
            }
            if (reading.grams() <= 0) {
                fail(Notice.error("sale.scaleEmpty", product.name(), english(product)));
                return;
            }
            apply(new AddItem(product, Quantity.grams(reading.grams())), product, true);
        }));
    }

    private boolean apply(AddItem add, Product product, boolean sound) {
        int nextBefore = editor.cart().nextLineNo();
        if (!run(add)) {
            return false;
        }
        lastSale.set(null);
        selectedLine.set(add.lineNo());
        freshLine = editor.cart().nextLineNo() != nextBefore ? add.lineNo() : 0;
        PricedLine line = pricedLine(add.lineNo()).orElseThrow();
        notice.set(Notice.success("sale.added", product.name(), english(product), line.line().quantity().display(),
                line.lineTotal().display()));
        if (sound) {
            services.sounds().play(Sound.SCAN);
        }
        return true;
    }

    /** Notices carry both names; each language's pattern picks its own. */
    private static String english(Product product) {
        return product.nameEn() == null || product.nameEn().isBlank() ? product.name() : product.nameEn();
    }

    // ---- editing lines

    public void select(int lineNo) {
        selectedLine.set(lineNo);
    }

    public Optional<PricedLine> selected() {
        return pricedLine(selectedLine.get());
    }

    private Optional<PricedLine> pricedLine(int lineNo) {
        PricedCart p = priced.get();
        return p == null ? Optional.empty() : p.lines().stream().filter(l -> l.line().lineNo() == lineNo).findFirst();
    }

    /** The keypad's "×": the typed number becomes the selected line's quantity (a weight for weighed goods). */
    public boolean setQuantity(String typed) {
        Optional<PricedLine> line = selectedOrFail();
        if (line.isEmpty()) {
            return false;
        }
        Quantity quantity;
        try {
            String t = typed.strip();
            quantity = line.get().line().product().weighed() ? Quantity.kg(t) : Quantity.pieces(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            fail(Notice.error("sale.badQuantity", typed));
            return false;
        } catch (SuanpanException e) {
            fail(Notice.failure(e));
            return false;
        }
        return edit(new ChangeQuantity(line.get().line().lineNo(), quantity), "sale.quantityChanged", quantity.display());
    }

    /** One more or one fewer of the selected piece line (the + and − keys). */
    public boolean step(int delta) {
        Optional<PricedLine> line = selectedOrFail();
        if (line.isEmpty()) {
            return false;
        }
        if (!(line.get().line().quantity() instanceof Quantity.Pieces(int count))) {
            fail(Notice.error("sale.weighedNoStep"));
            return false;
        }
        if (count + delta < 1) {
            if (selectedIsFresh()) {
                return remove();
            }
            fail(Notice.warning("sale.useVoid"));
            return false;
        }
        return edit(new ChangeQuantity(line.get().line().lineNo(), Quantity.pieces(count + delta)), "sale.quantityChanged",
                Integer.toString(count + delta));
    }

    /**
     * Whether the selected line can simply be taken out: it is the line just added, so
     * taking it out is the same as undoing the scan. Anything else is voided, which needs
     * {@link Permission#VOID_LINE}.
     */
    public boolean selectedIsFresh() {
        return freshLine != 0 && freshLine == selectedLine.get();
    }

    /** Takes out the line just scanned by mistake; false when the selected line must be voided instead. */
    public boolean remove() {
        Optional<PricedLine> line = selectedOrFail();
        if (line.isEmpty() || !selectedIsFresh()) {
            return false;
        }
        int lineNo = line.get().line().lineNo();
        Product product = line.get().line().product();
        boolean done = edit(new RemoveLine(lineNo), "sale.removed", product.name(), english(product));
        if (done) {
            selectLast();
        }
        return done;
    }

    /** Voids the selected line with leave to do so. */
    public boolean voidSelected(Authorization authorization) {
        authorization.requireFor(Permission.VOID_LINE);
        Optional<PricedLine> line = selectedOrFail();
        if (line.isEmpty()) {
            return false;
        }
        Product product = line.get().line().product();
        return edit(new VoidLine(line.get().line().lineNo()), authorization.approver().isPresent()
                ? "sale.voidedApproved" : "sale.voided", product.name(), english(product),
                authorization.approver().map(u -> u.displayName()).orElse(""));
    }

    public boolean undo() {
        if (!editor.undo()) {
            fail(Notice.warning("sale.nothingToUndo"));
            return false;
        }
        freshLine = 0;
        afterEdit();
        if (selected().isEmpty()) {
            selectLast();
        }
        notice.set(Notice.info("sale.undone"));
        return true;
    }

    /**
     * A discount on the whole order. Whether it needs approval is the caller's question to the
     * authorizer, which logs the approval; the discount itself travels with the sale.
     */
    public boolean orderDiscount(Discount discount) {
        return edit(new SetOrderDiscount(discount), "sale.orderDiscountGiven", describe(discount));
    }

    public boolean lineDiscount(Discount discount) {
        Optional<PricedLine> line = selectedOrFail();
        if (line.isEmpty()) {
            return false;
        }
        Product product = line.get().line().product();
        return edit(new SetLineDiscount(line.get().line().lineNo(), discount), "sale.lineDiscountGiven",
                product.name(), english(product), describe(discount));
    }

    /** A new unit price for the selected line; who approved it is kept on the line. */
    public boolean overridePrice(Money unitPrice, String reason, Authorization authorization) {
        authorization.requireFor(Permission.PRICE_OVERRIDE);
        Optional<PricedLine> line = selectedOrFail();
        if (line.isEmpty()) {
            return false;
        }
        PriceOverride override;
        try {
            override = new PriceOverride(unitPrice, reason, authorization.approver().orElse(authorization.user()).id());
        } catch (SuanpanException e) {
            fail(Notice.failure(e));
            return false;
        }
        Product product = line.get().line().product();
        return edit(new OverridePrice(line.get().line().lineNo(), override), "sale.priceOverridden",
                product.name(), english(product), unitPrice.display());
    }

    public boolean attachMember(Member m) {
        String name = m.name() == null || m.name().isBlank() ? m.maskedPhone() : m.name();
        boolean done = edit(new AttachMember(new cn.suanpan.core.cart.Member(m.id().toString(), name)), "sale.memberAttached", name);
        if (done) {
            member.set(m);
        }
        return done;
    }

    public boolean detachMember() {
        boolean done = edit(new DetachMember(), "sale.memberDetached");
        if (done) {
            member.set(null);
        }
        return done;
    }

    /** Esc: the whole sale is dropped (nothing was paid, so nothing is recorded). */
    public void cancelSale() {
        if (isEmpty() && editor.cart().lines().isEmpty()) {
            return;
        }
        startNewSale();
        notice.set(Notice.warning("sale.cleared"));
    }

    /** The sale was paid: shown on screen until the next item, and the cart is empty for the next customer. */
    public void completed(RecordedSale sale) {
        startNewSale();
        lastSale.set(sale);
        notice.set(sale.change().isPositive()
                ? Notice.success("sale.paidWithChange", sale.receiptNo(), sale.change().display())
                : Notice.success("sale.paid", sale.receiptNo()));
        services.sounds().play(Sound.DONE);
    }

    /** A held or recalled cart replaces the current (empty) one. */
    public void load(Cart cart) {
        editor = new CartEditor(cart);
        freshLine = 0;
        member.set(null);
        lastSale.set(null);
        afterEdit();
        selectLast();
    }

    public void startNewSale() {
        editor = new CartEditor(Cart.empty());
        freshLine = 0;
        member.set(null);
        selectedLine.set(0);
        afterEdit();
    }

    public void info(Notice n) {
        notice.set(n);
    }

    public void fail(Notice n) {
        notice.set(n);
        services.sounds().play(Sound.ERROR);
    }

    // ---- plumbing

    private Optional<PricedLine> selectedOrFail() {
        Optional<PricedLine> line = selected();
        if (line.isEmpty()) {
            fail(Notice.warning("sale.selectLine"));
        } else if (line.get().voided()) {
            fail(Notice.warning("sale.lineIsVoid"));
            return Optional.empty();
        }
        return line;
    }

    private boolean edit(CartCommand command, String doneKey, Object... args) {
        if (!run(command)) {
            return false;
        }
        freshLine = 0;
        notice.set(Notice.success(doneKey, args));
        return true;
    }

    private boolean run(CartCommand command) {
        try {
            editor.apply(command);
        } catch (SuanpanException e) {
            fail(Notice.failure(e));
            return false;
        }
        afterEdit();
        return true;
    }

    private void afterEdit() {
        reprice();
        canUndo.set(editor.canUndo());
        if (editor.cart().member() == null) {
            member.set(null);
        }
    }

    private void reprice() {
        PricedCart p = services.pricing().price(editor.cart());
        ListPatch.apply(lines, p.lines());
        priced.set(p);
    }

    private void selectLast() {
        List<CartLine> all = editor.cart().lines();
        selectedLine.set(all.isEmpty() ? 0 : all.getLast().lineNo());
    }

    private static String describe(Discount discount) {
        return switch (discount) {
            case Discount.Amount a -> a.amount().display();
            case Discount.Percent p -> p.display();
        };
    }
}
