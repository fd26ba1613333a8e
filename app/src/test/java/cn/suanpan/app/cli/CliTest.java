package cn.suanpan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process on a fresh data directory. */
class CliTest {

    @TempDir
    Path data;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] full = new String[args.length + 4];
            full[0] = "--data-dir";
            full[1] = data.toString();
            full[2] = "--lang";
            full[3] = "en";
            System.arraycopy(args, 0, full, 4, args.length);
            int code = SuanpanCommand.run(full);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void versionNamesTheProduct() {
        Run r = run("version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Suanpan POS ");
    }

    @Test
    void dbMigrateCreatesTheDatabaseAndIsRepeatable() {
        Run first = run("db", "migrate");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("schema version");
        assertThat(data.resolve("db/suanpan.mv.db")).exists();
        assertThat(data.resolve("suanpan.properties")).exists();
        Run second = run("db", "migrate");
        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void importReportsEveryBadRowAndImportsNothing() throws Exception {
        Path csv = data.resolve("bad.csv");
        Files.writeString(csv, """
                sku,barcodes,name,price
                X1,6901234567892,好货,1.00
                X2,6901234567891,坏校验位,2.00
                X3,,没有价格,
                """, StandardCharsets.UTF_8);
        Run r = run("catalog", "import", csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Nothing was imported: 2 problems")
                .contains("line 3, column barcodes: The barcode 6901234567891 has a wrong check digit.")
                .contains("line 4, column price: The price is missing.");
        Run export = run("catalog", "export");
        assertThat(export.out()).doesNotContain("X1");
    }

    @Test
    void importShowsProgressAndExportReimportsUnchanged() throws Exception {
        Path csv = data.resolve("good.csv");
        Files.writeString(csv, """
                sku,barcodes,name,name_en,category,price
                N1,6901234567892,"好货, 大包",Good stuff,misc,1.50
                N2,,称重苹果,Apples,misc,12.80
                """, StandardCharsets.UTF_8);
        Run r = run("catalog", "import", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 new products");
        assertThat(r.err()).contains("100% (2/2)");

        Path exported = data.resolve("export.csv");
        assertThat(run("catalog", "export", "-o", exported.toString()).code()).isZero();
        String before = Files.readString(exported);
        assertThat(before).contains("N1,6901234567892,\"好货, 大包\",Good stuff,misc");
        Run again = run("catalog", "import", exported.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 new products");
        run("catalog", "export", "-o", exported.toString());
        assertThat(Files.readString(exported)).isEqualTo(before);
    }

    @Test
    void aMissingFileIsReportedPlainly() {
        Run r = run("catalog", "import", data.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Cannot read the file");
    }
}
