package cn.suanpan.hardware.printer.preview;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A paper-less ESC/POS printer: runs the commands the receipt encoder sends and draws what
 * a thermal printer would print, one pixel per dot, with 12 × 24 dot half-width and 24 × 24
 * dot double-byte characters as in the printer's font A. It serves the on-screen receipt
 * preview, the simulated printer and tests, so it also reports the text, barcodes and QR
 * codes it printed and anything a real printer would have printed wrongly.
 */
public final class EscPosInterpreter {

    private static final int CELL_HEIGHT = 24;
    private static final int DEFAULT_LINE_SPACING = 30;
    private static final int TOP_MARGIN = 12;
    private static final int BOTTOM_MARGIN = 12;
    /** Paper between the print head and the cutter, fed by GS V 65/66. */
    private static final int CUTTER_FEED = 48;
    private static final int BASELINE = 21;

    private final PaperWidth paper;
    private final PrinterCharset charset;

    public EscPosInterpreter(PaperWidth paper, PrinterCharset charset) {
        this.paper = paper;
        this.charset = charset;
    }

    public RenderedReceipt render(byte[] bytes) {
        Run run = new Run(bytes);
        run.execute();
        return run.finish();
    }

    private record Glyph(String text, boolean wide, int widthFactor, int heightFactor, boolean bold, boolean reverse,
                         boolean underline) {
        int width() {
            return (wide ? 2 : 1) * PaperWidth.CELL_DOTS * widthFactor;
        }

        int height() {
            return CELL_HEIGHT * heightFactor;
        }
    }

    /** The state of one print job. */
    private final class Run {
        final byte[] in;
        int pos;
        int y = TOP_MARGIN;
        final List<Consumer<Graphics2D>> drawing = new ArrayList<>();
        final List<String> textLines = new ArrayList<>();
        final List<String> barcodes = new ArrayList<>();
        final List<String> qrCodes = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<Glyph> line = new ArrayList<>();
        int lineWidth;
        int cuts;
        int drawerKicks;

        // modes
        int align;
        boolean bold;
        boolean reverse;
        boolean underline;
        int widthFactor = 1;
        int heightFactor = 1;
        boolean chinese;
        int lineSpacing = DEFAULT_LINE_SPACING;
        int barHeight = 162;
        int barModule = 3;
        int hriPosition;
        int qrModule = 3;
        ErrorCorrectionLevel qrLevel = ErrorCorrectionLevel.L;
        byte[] qrData;

        Run(byte[] in) {
            this.in = in;
        }

        void execute() {
            while (pos < in.length) {
                int start = pos;
                try {
                    step();
                } catch (ArrayIndexOutOfBoundsException e) {
                    problems.add("command cut short at byte " + start);
                    return;
                }
            }
        }

        int next() {
            return in[pos++] & 0xFF;
        }

        void step() {
            int b = next();
            switch (b) {
                case 0x0A -> printLine();
                case 0x0D -> { } // carriage return: ignored, LF prints
                case 0x1B -> esc();
                case 0x1D -> gs();
                case 0x1C -> fs();
                case 0x10 -> dle();
                default -> {
                    if (b < 0x20 || b == 0x7F) {
                        problems.add("control byte 0x%02X at %d".formatted(b, pos - 1));
                    } else if (b < 0x80) {
                        addGlyph(String.valueOf((char) b), false);
                    } else if (chinese) {
                        doubleByte(b);
                    } else {
                        problems.add("byte 0x%02X outside Chinese mode at %d".formatted(b, pos - 1));
                        addGlyph("?", false);
                    }
                }
            }
        }

        void doubleByte(int lead) {
            int start = pos - 1;
            int length = 2;
            if (charset == PrinterCharset.GB18030 && pos < in.length && in[pos] >= 0x30 && in[pos] <= 0x39) {
                length = 4;
            }
            pos = start + length;
            if (pos > in.length) {
                throw new ArrayIndexOutOfBoundsException();
            }
            String text;
            try {
                text = charset.decode(in, start, length);
            } catch (CharacterCodingException e) {
                problems.add("no %s character at byte %d (lead 0x%02X)".formatted(charset, start, lead));
                text = "?";
            }
            addGlyph(text, true);
        }

        void esc() {
            int c = next();
            switch (c) {
                case '@' -> reset();
                case 'a' -> align = next() % 48;
                case 'E' -> bold = (next() & 1) == 1;
                case 'G' -> bold = (next() & 1) == 1; // double strike looks the same on paper
                case '-' -> underline = (next() % 48) != 0;
                case '!' -> {
                    int n = next();
                    bold = (n & 0x08) != 0;
                    heightFactor = (n & 0x10) != 0 ? 2 : 1;
                    widthFactor = (n & 0x20) != 0 ? 2 : 1;
                    underline = (n & 0x80) != 0;
                }
                case 'd' -> {
                    int n = next();
                    printBuffered();
                    y += n * lineSpacing;
                }
                case 'J' -> {
                    int n = next();
                    printBuffered();
                    y += n;
                }
                case '2' -> lineSpacing = DEFAULT_LINE_SPACING;
                case '3' -> lineSpacing = next();
                case 't', 'M', 'R', 'V', '{', 'c' -> {
                    if (c == 'c') {
                        next();
                    }
                    next(); // code page, font, country, rotation, upside down: not drawn
                }
                case 'p' -> {
                    next();
                    next();
                    next();
                    drawerKicks++;
                }
                default -> problems.add("unknown command ESC 0x%02X at %d".formatted(c, pos - 2));
            }
        }

        void gs() {
            int c = next();
            switch (c) {
                case '!' -> {
                    int n = next();
                    widthFactor = ((n >> 4) & 0x07) + 1;
                    heightFactor = (n & 0x07) + 1;
                }
                case 'B' -> reverse = (next() & 1) == 1;
                case 'h' -> barHeight = next();
                case 'w' -> barModule = next();
                case 'H' -> hriPosition = next() % 48;
                case 'f' -> next();
                case 'k' -> barcode();
                case '(' -> {
                    int fn = next();
                    if (fn == 'k') {
                        twoDimensional();
                    } else {
                        int length = next() | (next() << 8);
                        pos += length;
                        problems.add("unsupported command GS ( 0x%02X".formatted(fn));
                    }
                }
                case 'v' -> raster();
                case 'V' -> cut();
                case 'L', 'W' -> {
                    next();
                    next();
                    problems.add("margin command GS %c is not simulated".formatted((char) c));
                }
                default -> problems.add("unknown command GS 0x%02X at %d".formatted(c, pos - 2));
            }
        }

        void fs() {
            int c = next();
            switch (c) {
                case '&' -> chinese = true;
                case '.' -> chinese = false;
                case '!', 'C', '-' -> next();
                default -> problems.add("unknown command FS 0x%02X at %d".formatted(c, pos - 2));
            }
        }

        void dle() {
            int c = next();
            if (c == 0x04) {
                next(); // status request: answered by the device, prints nothing
            } else if (c == 0x14) {
                int fn = next();
                next();
                next();
                if (fn == 1) {
                    drawerKicks++;
                }
            } else {
                problems.add("unknown command DLE 0x%02X at %d".formatted(c, pos - 2));
            }
        }

        void reset() {
            printBuffered();
            align = 0;
            bold = false;
            reverse = false;
            underline = false;
            widthFactor = 1;
            heightFactor = 1;
            chinese = false;
            lineSpacing = DEFAULT_LINE_SPACING;
            barHeight = 162;
            barModule = 3;
            hriPosition = 0;
        }

        void addGlyph(String text, boolean wide) {
            Glyph glyph = new Glyph(text, wide, widthFactor, heightFactor, bold, reverse, underline);
            if (lineWidth + glyph.width() > paper.dots()) {
                problems.add("text wider than the paper, printer wrapped the line: " + lineText() + text);
                printLine();
            }
            line.add(glyph);
            lineWidth += glyph.width();
        }

        String lineText() {
            StringBuilder sb = new StringBuilder();
            line.forEach(g -> sb.append(g.text()));
            return sb.toString();
        }

        void printBuffered() {
            if (!line.isEmpty()) {
                printLine();
            }
        }

        /** LF: prints the buffered line, or feeds one empty line. */
        void printLine() {
            if (line.isEmpty()) {
                y += lineSpacing;
                return;
            }
            int height = line.stream().mapToInt(Glyph::height).max().orElse(CELL_HEIGHT);
            int x = switch (align) {
                case 1 -> (paper.dots() - lineWidth) / 2;
                case 2 -> paper.dots() - lineWidth;
                default -> 0;
            };
            int top = y;
            for (Glyph glyph : List.copyOf(line)) {
                int gx = x;
                drawing.add(g -> drawGlyph(g, glyph, gx, top + height - glyph.height()));
                x += glyph.width();
            }
            textLines.add(lineText());
            line.clear();
            lineWidth = 0;
            y += Math.max(lineSpacing, height + 6);
        }

        void drawGlyph(Graphics2D g, Glyph glyph, int x, int top) {
            if (glyph.reverse()) {
                g.setColor(Color.BLACK);
                g.fillRect(x, top, glyph.width(), glyph.height());
            }
            if (!glyph.text().isBlank()) {
                int cp = glyph.text().codePointAt(0);
                Font font = ReceiptFont.forCodePoint(cp, glyph.bold());
                AffineTransform saved = g.getTransform();
                g.translate(x, top);
                g.scale(glyph.widthFactor(), glyph.heightFactor());
                g.setFont(font);
                int cell = glyph.wide() ? 2 * PaperWidth.CELL_DOTS : PaperWidth.CELL_DOTS;
                int advance = g.getFontMetrics().stringWidth(glyph.text());
                float dx = (cell - advance) / 2f;
                g.setColor(glyph.reverse() ? Color.WHITE : Color.BLACK);
                g.drawString(glyph.text(), dx, BASELINE);
                g.setTransform(saved);
            }
            if (glyph.underline()) {
                g.setColor(Color.BLACK);
                g.fillRect(x, top + glyph.height() - 2, glyph.width(), 2);
            }
        }

        /** GS k: function A (m 0–6, NUL-terminated) or B (m 65–79, with length). */
        void barcode() {
            int m = next();
            byte[] data;
            if (m <= 6) {
                int end = pos;
                while (in[end] != 0) {
                    end++;
                }
                data = Arrays.copyOfRange(in, pos, end);
                pos = end + 1;
            } else {
                int n = next();
                if (pos + n > in.length) {
                    throw new ArrayIndexOutOfBoundsException();
                }
                data = Arrays.copyOfRange(in, pos, pos + n);
                pos += n;
            }
            printBuffered();
            if (m != 73) {
                problems.add("barcode system " + m + " is not simulated");
                return;
            }
            String content = decodeCode128(data);
            if (content == null) {
                return;
            }
            boolean[] modules = new Code128Writer().encode(content);
            int width = modules.length * barModule;
            if (width > paper.dots()) {
                problems.add("barcode " + content + " is wider than the paper (" + width + " dots); a printer skips it");
                return;
            }
            barcodes.add(content);
            int x = alignedX(width);
            int top = y;
            int module = barModule;
            int height = barHeight;
            drawing.add(g -> {
                g.setColor(Color.BLACK);
                for (int i = 0; i < modules.length; i++) {
                    if (modules[i]) {
                        g.fillRect(x + i * module, top, module, height);
                    }
                }
            });
            y += barHeight;
            if (hriPosition == 2 || hriPosition == 3) {
                int hriWidth = content.length() * PaperWidth.CELL_DOTS;
                int hx = alignedX(hriWidth);
                int hy = y + 4;
                for (int i = 0; i < content.length(); i++) {
                    Glyph glyph = new Glyph(String.valueOf(content.charAt(i)), false, 1, 1, false, false, false);
                    int gx = hx + i * PaperWidth.CELL_DOTS;
                    drawing.add(g -> drawGlyph(g, glyph, gx, hy));
                }
                y += CELL_HEIGHT + 8;
            }
        }

        /** ESC/POS CODE128 data: "{A", "{B" or "{C" first; in C one byte per digit pair. */
        String decodeCode128(byte[] data) {
            if (data.length < 2 || data[0] != '{' || data[1] < 'A' || data[1] > 'C') {
                problems.add("CODE128 data without a code set (\"{B\") prefix: the printer prints nothing");
                return null;
            }
            StringBuilder content = new StringBuilder();
            char set = (char) data[1];
            for (int i = 2; i < data.length; i++) {
                int b = data[i] & 0xFF;
                if (b == '{' && i + 1 < data.length) {
                    int c = data[++i];
                    if (c == 'A' || c == 'B' || c == 'C') {
                        set = (char) c;
                        continue;
                    }
                    if (c == '{' && set != 'C') {
                        content.append('{');
                        continue;
                    }
                    problems.add("CODE128 function code {%c is not simulated".formatted((char) c));
                    return null;
                }
                if (set == 'C') {
                    if (b > 99) {
                        problems.add("CODE128 code set C byte out of range: " + b);
                        return null;
                    }
                    content.append((char) ('0' + b / 10)).append((char) ('0' + b % 10));
                } else {
                    content.append((char) b);
                }
            }
            return content.toString();
        }

        /** GS ( k with cn = 49: the QR code functions. */
        void twoDimensional() {
            int length = next() | (next() << 8);
            int end = pos + length;
            if (end > in.length) {
                throw new ArrayIndexOutOfBoundsException();
            }
            int cn = next();
            int fn = next();
            if (cn != '1') {
                problems.add("2D symbol type " + cn + " is not simulated");
                pos = end;
                return;
            }
            switch (fn) {
                case 'A' -> { } // model: model 2 assumed
                case 'C' -> qrModule = next();
                case 'E' -> qrLevel = switch (next()) {
                    case '0' -> ErrorCorrectionLevel.L;
                    case '2' -> ErrorCorrectionLevel.Q;
                    case '3' -> ErrorCorrectionLevel.H;
                    default -> ErrorCorrectionLevel.M;
                };
                case 'P' -> {
                    next(); // m = 48
                    qrData = Arrays.copyOfRange(in, pos, end);
                }
                case 'Q' -> printQr();
                default -> problems.add("QR function " + fn + " is not simulated");
            }
            pos = end;
        }

        void printQr() {
            printBuffered();
            if (qrData == null) {
                problems.add("QR print without stored data");
                return;
            }
            String payload;
            boolean utf8 = true;
            try {
                payload = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(qrData)).toString();
            } catch (CharacterCodingException e) {
                payload = new String(qrData, StandardCharsets.ISO_8859_1);
                utf8 = false;
            }
            boolean ascii = payload.chars().allMatch(c -> c < 0x80);
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.ERROR_CORRECTION, qrLevel);
            hints.put(EncodeHintType.MARGIN, 0);
            hints.put(EncodeHintType.CHARACTER_SET, ascii || !utf8 ? "ISO-8859-1" : "UTF-8");
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
            } catch (WriterException e) {
                problems.add("QR payload cannot be encoded: " + e.getMessage());
                return;
            }
            int size = matrix.getWidth() * qrModule;
            if (size > paper.dots()) {
                problems.add("QR code wider than the paper (" + size + " dots)");
                return;
            }
            qrCodes.add(payload);
            int x = alignedX(size);
            int top = y;
            int module = qrModule;
            drawing.add(g -> {
                g.setColor(Color.BLACK);
                for (int my = 0; my < matrix.getHeight(); my++) {
                    for (int mx = 0; mx < matrix.getWidth(); mx++) {
                        if (matrix.get(mx, my)) {
                            g.fillRect(x + mx * module, top + my * module, module, module);
                        }
                    }
                }
            });
            y += size;
        }

        /** GS v 0 m xL xH yL yH data. */
        void raster() {
            if (next() != '0') {
                problems.add("GS v without 0 is not simulated");
                return;
            }
            int m = next();
            int bytesPerRow = next() | (next() << 8);
            int rows = next() | (next() << 8);
            int length = bytesPerRow * rows;
            if (pos + length > in.length) {
                throw new ArrayIndexOutOfBoundsException();
            }
            byte[] bits = Arrays.copyOfRange(in, pos, pos + length);
            pos += length;
            printBuffered();
            int scaleX = (m & 1) == 1 ? 2 : 1;
            int scaleY = (m & 2) == 2 ? 2 : 1;
            int width = bytesPerRow * 8 * scaleX;
            if (width > paper.dots()) {
                problems.add("raster image wider than the paper (" + width + " dots)");
            }
            int x = alignedX(width);
            int top = y;
            drawing.add(g -> {
                g.setColor(Color.BLACK);
                for (int row = 0; row < rows; row++) {
                    for (int col = 0; col < bytesPerRow * 8; col++) {
                        if ((bits[row * bytesPerRow + col / 8] & (0x80 >>> (col % 8))) != 0) {
                            g.fillRect(x + col * scaleX, top + row * scaleY, scaleX, scaleY);
                        }
                    }
                }
            });
            y += rows * scaleY;
        }

        /** GS V m [n]. */
        void cut() {
            int m = next();
            int extra = 0;
            if (m == 65 || m == 66) {
                extra = next();
                y += CUTTER_FEED;
            } else if (m != 0 && m != 1 && m != 48 && m != 49) {
                problems.add("unknown cut mode " + m);
                return;
            }
            printBuffered();
            y += extra;
            int cutAt = y;
            boolean partial = m == 1 || m == 49 || m == 66;
            drawing.add(g -> {
                g.setColor(Color.GRAY);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {partial ? 6f : 12f, 6f}, 0f));
                g.drawLine(0, cutAt, paper.dots(), cutAt);
            });
            cuts++;
            y += 4;
        }

        int alignedX(int width) {
            return switch (align) {
                case 1 -> Math.max(0, (paper.dots() - width) / 2);
                case 2 -> Math.max(0, paper.dots() - width);
                default -> 0;
            };
        }

        RenderedReceipt finish() {
            if (!line.isEmpty()) {
                problems.add("text left in the buffer without LF: " + lineText());
                printLine();
            }
            int height = Math.max(y + BOTTOM_MARGIN, 1);
            BufferedImage image = new BufferedImage(paper.dots(), height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, paper.dots(), height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            for (Consumer<Graphics2D> op : drawing) {
                op.accept(g);
            }
            g.dispose();
            return new RenderedReceipt(image, textLines, barcodes, qrCodes, cuts, drawerKicks, problems);
        }
    }
}
