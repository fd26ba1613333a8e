package cn.suanpan.app.cli;

import cn.suanpan.core.cart.AddItem;
import cn.suanpan.core.cart.AttachMember;
import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartEditor;
import cn.suanpan.core.cart.Member;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.members.MemberDirectory;
import java.util.List;

/**
 * Builds a cart the way a cashier would, from the command line: each {@code --scan} is a
 * barcode or SKU, optionally with {@code *N} pieces or {@code @KG} for weighed goods; or
 * the quantities come as as many {@code --qty} values as there are scans.
 */
final class ScriptedCart {

    private ScriptedCart() {
    }

    static Cart build(CatalogRepository catalog, MemberDirectory members, List<String> scans, List<String> quantities,
                      String memberPhone) {
        if (scans.isEmpty()) {
            throw new CliException("cli.sale.nothingScanned");
        }
        if (!quantities.isEmpty() && quantities.size() != scans.size()) {
            throw new CliException("cli.sale.qtyMismatch", quantities.size(), scans.size());
        }
        CartEditor editor = new CartEditor();
        for (int i = 0; i < scans.size(); i++) {
            String scan = scans.get(i).strip();
            String quantity = quantities.isEmpty() ? null : quantities.get(i);
            int at = Math.max(scan.indexOf('*'), scan.indexOf('@'));
            if (at > 0) {
                quantity = scan.substring(at + 1);
                scan = scan.substring(0, at);
            }
            Product product = find(catalog, scan);
            editor.apply(new AddItem(product, quantity(product, quantity)));
        }
        if (memberPhone != null) {
            var member = members.byPhone(memberPhone).orElseThrow(() -> new CliException("cli.sale.unknownMember", memberPhone));
            editor.apply(new AttachMember(new Member(member.id().toString(), member.name() == null ? member.maskedPhone() : member.name())));
        }
        return editor.cart();
    }

    static Product find(CatalogRepository catalog, String code) {
        return catalog.byBarcode(code).or(() -> catalog.bySku(code))
                .orElseThrow(() -> new CliException("sale.unknownBarcode", code));
    }

    private static Quantity quantity(Product product, String text) {
        if (text == null) {
            if (product.weighed()) {
                throw new CliException("sale.weighedNeedsScale", product.name());
            }
            return Quantity.pieces(1);
        }
        if (product.weighed()) {
            return Quantity.kg(text);
        }
        try {
            return Quantity.pieces(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new CliException("cli.sale.badQuantity", text);
        }
    }
}
