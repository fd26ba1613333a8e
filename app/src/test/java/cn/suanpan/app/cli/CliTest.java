package cn.suanpan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process on a fresh data directory. */
class CliTest {

    @TempDir
    Path data;

    private CliRun run(String... args) {
        return CliRun.in(data, "en", args);
    }

    @Test
    void versionNamesTheProduct() {
        CliRun r = run("version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Suanpan POS ");
    }

    @Test
    void dbMigrateCreatesTheDatabaseAndIsRepeatable() {
        CliRun first = run("db", "migrate");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("schema version");
        assertThat(data.resolve("db/suanpan.mv.db")).exists();
        assertThat(data.resolve("suanpan.properties")).exists();
        CliRun second = run("db", "migrate");
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
        CliRun r = run("catalog", "import", csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Nothing was imported: 2 problems")
                .contains("line 3, column barcodes: The barcode 6901234567891 has a wrong check digit.")
                .contains("line 4, column price: The price is missing.");
        CliRun export = run("catalog", "export");
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
        CliRun r = run("catalog", "import", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 new products");
        assertThat(r.err()).contains("100% (2/2)");

        Path exported = data.resolve("export.csv");
        assertThat(run("catalog", "export", "-o", exported.toString()).code()).isZero();
        String before = Files.readString(exported);
        assertThat(before).contains("N1,6901234567892,\"好货, 大包\",Good stuff,misc");
        CliRun again = run("catalog", "import", exported.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 new products");
        run("catalog", "export", "-o", exported.toString());
        assertThat(Files.readString(exported)).isEqualTo(before);
    }

    @Test
    void aMissingFileIsReportedPlainly() {
        CliRun r = run("catalog", "import", data.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Cannot read the file");
    }
}
