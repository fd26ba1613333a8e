package cn.suanpan.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.scanner.CodeAssembler.Code;
import cn.suanpan.hardware.scanner.CodeAssembler.Discarded;
import cn.suanpan.hardware.scanner.CodeAssembler.Reason;
import cn.suanpan.hardware.scanner.CodeAssembler.Result;
import cn.suanpan.hardware.scanner.ScannerSettings.Suffix;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodeAssemblerTest {

    private static final long MS = 1_000_000L;
    private static final ScannerSettings SETTINGS = ScannerSettings.DEFAULT.withMaxLength(20).withFrameTimeout(Duration.ofMillis(300));

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> codes(List<Result> results) {
        return results.stream().filter(Code.class::isInstance).map(r -> ((Code) r).text()).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Suffix.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void eachSuffixEndsACode(Suffix suffix) {
        String s = new String(suffix.bytes(), StandardCharsets.US_ASCII);
        CodeAssembler a = new CodeAssembler(SETTINGS.withSuffix(suffix));
        assertThat(codes(a.accept(ascii("6901234567892" + s + "ABC-12 3" + s), 0))).containsExactly("6901234567892", "ABC-12 3");
        assertThat(a.hasPartial()).isFalse();
    }

    @Test
    void withoutSuffixAPauseEndsTheCode() {
        CodeAssembler a = new CodeAssembler(SETTINGS.withSuffix(Suffix.NONE));
        assertThat(a.accept(ascii("69012"), 0)).isEmpty();
        assertThat(a.accept(ascii("34567892"), 10 * MS)).isEmpty();
        assertThat(a.expire(100 * MS)).isEmpty();
        assertThat(codes(a.expire(310 * MS))).containsExactly("6901234567892");
        // a new code after the pause starts afresh
        assertThat(codes(a.accept(ascii("X1"), 400 * MS))).isEmpty();
        assertThat(codes(a.accept(ascii("Y2"), 800 * MS))).containsExactly("X1");
    }

    @Test
    void prefixAndAimIdentifierAreStripped() {
        CodeAssembler a = new CodeAssembler(SETTINGS.withPrefix("#").withStripAimIdentifier(true));
        assertThat(codes(a.accept(ascii("#]E06901234567892\r]C1ABC\rPLAIN\r"), 0)))
                .containsExactly("6901234567892", "ABC", "PLAIN");
    }

    @Test
    void controlPrefixLikeStxIsStrippedBeforeTheBytesAreChecked() {
        CodeAssembler a = new CodeAssembler(SETTINGS.withPrefix("\u0002"));
        assertThat(codes(a.accept(ascii("\u00024006381333931\r"), 0))).containsExactly("4006381333931");
    }

    @Test
    void nonPrintableBytesMakeTheWholeFrameGarbage() {
        CodeAssembler a = new CodeAssembler(SETTINGS);
        List<Result> r = a.accept(ascii("12\u00073\r69\u00ff01\r4006381333931\r"), 0);
        assertThat(r).hasSize(3);
        assertThat(r.get(0)).isEqualTo(new Discarded(Reason.NON_PRINTABLE, "31 32 07 33"));
        assertThat(((Discarded) r.get(1)).reason()).isEqualTo(Reason.NON_PRINTABLE);
        assertThat(r.get(2)).isEqualTo(new Code("4006381333931"));
    }

    @Test
    void overLongFrameIsDroppedUpToItsSuffixAndTheNextCodeSurvives() {
        CodeAssembler a = new CodeAssembler(SETTINGS.withSuffix(Suffix.CRLF));
        String longFrame = "1234567890".repeat(5);
        List<Result> r = a.accept(ascii(longFrame + "\r\n" + "SHORT\r\n"), 0);
        assertThat(r).hasSize(2);
        assertThat(((Discarded) r.get(0)).reason()).isEqualTo(Reason.TOO_LONG);
        assertThat(r.get(1)).isEqualTo(new Code("SHORT"));
    }

    @Test
    void partialFrameOlderThanTheTimeoutIsGarbageNotTheStartOfTheNextCode() {
        CodeAssembler a = new CodeAssembler(SETTINGS);
        assertThat(a.accept(ascii("999"), 0)).isEmpty();
        List<Result> r = a.accept(ascii("4006381333931\r"), 500 * MS);
        assertThat(r).containsExactly(new Discarded(Reason.STALE_PARTIAL, "39 39 39"), new Code("4006381333931"));
    }

    @Test
    void stalePartialIsReportedByExpiryWithoutNewBytes() {
        CodeAssembler a = new CodeAssembler(SETTINGS);
        a.accept(ascii("999"), 0);
        assertThat(a.expire(200 * MS)).isEmpty();
        assertThat(a.expire(300 * MS)).containsExactly(new Discarded(Reason.STALE_PARTIAL, "39 39 39"));
        assertThat(a.hasPartial()).isFalse();
    }

    @Test
    void lineEndingsBetweenCodesAreSkippedSoACrlfScannerWorksWhenSetToCr() {
        CodeAssembler a = new CodeAssembler(SETTINGS.withSuffix(Suffix.CR));
        List<Result> r = a.accept(ascii("111\r\n222\r\n\r\n333\r"), 0);
        assertThat(r).containsExactly(new Code("111"), new Code("222"), new Code("333"));
    }

    @Test
    void codeOfExactlyTheMaximumLengthIsAccepted() {
        CodeAssembler a = new CodeAssembler(SETTINGS.withMaxLength(13));
        assertThat(codes(a.accept(ascii("6901234567892\r69012345678921\rOK\r"), 0))).containsExactly("6901234567892", "OK");
    }

    /** However the port chops the stream, the same codes come out. */
    @Property(tries = 200)
    void chunkingDoesNotChangeTheCodes(@ForAll("codeLists") List<String> codes,
            @ForAll("suffixes") Suffix suffix, @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 7) Integer> cuts) {
        String s = new String(suffix.bytes(), StandardCharsets.US_ASCII);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (String c : codes) {
            stream.writeBytes(ascii(c + s));
        }
        byte[] all = stream.toByteArray();
        CodeAssembler a = new CodeAssembler(SETTINGS.withSuffix(suffix));
        List<Result> out = new ArrayList<>();
        int pos = 0;
        for (int i = 0; pos < all.length; i++) {
            int n = i < cuts.size() ? Math.min(cuts.get(i), all.length - pos) : all.length - pos;
            byte[] chunk = new byte[n];
            System.arraycopy(all, pos, chunk, 0, n);
            out.addAll(a.accept(chunk, i * MS));
            pos += n;
        }
        assertThat(codes(out)).isEqualTo(codes);
        assertThat(out).allMatch(Code.class::isInstance);
    }

    @Provide
    Arbitrary<List<String>> codeLists() {
        return Arbitraries.strings().withCharRange((char) 0x21, (char) 0x7E).ofMinLength(1).ofMaxLength(20)
                .filter(c -> c.charAt(0) != ']').list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<Suffix> suffixes() {
        return Arbitraries.of(Suffix.CR, Suffix.LF, Suffix.CRLF, Suffix.TAB);
    }
}
