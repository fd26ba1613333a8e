package cn.suanpan.hardware.printer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;

/**
 * A black-and-white bitmap as a thermal head prints it: rows of {@link #bytesPerRow()}
 * bytes, most significant bit leftmost, 1 = black dot. This is the data layout of
 * GS v 0, so encoding it is a plain copy.
 */
public record RasterImage(int width, int height, byte[] bits) {

    public RasterImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty image " + width + "x" + height);
        }
        Objects.requireNonNull(bits, "bits");
        if (bits.length != ((width + 7) / 8) * height) {
            throw new IllegalArgumentException("expected " + ((width + 7) / 8) * height + " bytes, got " + bits.length);
        }
        bits = bits.clone();
    }

    public int bytesPerRow() {
        return (width + 7) / 8;
    }

    public boolean isBlack(int x, int y) {
        return (bits[y * bytesPerRow() + x / 8] & (0x80 >>> (x % 8))) != 0;
    }

    @Override
    public byte[] bits() {
        return bits.clone();
    }

    /**
     * Converts a picture (a logo) to printer dots: scales it down to at most {@code maxWidth}
     * dots keeping its aspect, treats transparency as paper white, and thresholds luminance
     * at the middle grey. Logos are line art, where a hard threshold prints crisper than
     * dithering.
     */
    public static RasterImage fromImage(BufferedImage source, int maxWidth) {
        BufferedImage image = source;
        if (source.getWidth() > maxWidth) {
            int height = Math.max(1, Math.round(source.getHeight() * (float) maxWidth / source.getWidth()));
            BufferedImage scaled = new BufferedImage(maxWidth, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, maxWidth, height, null);
            g.dispose();
            image = scaled;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int bytesPerRow = (width + 7) / 8;
        byte[] bits = new byte[bytesPerRow * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                // composite over white paper, then Rec. 601 luma in integer arithmetic
                int luma = (299 * r + 587 * g + 114 * b) / 1000;
                int onWhite = (luma * alpha + 255 * (255 - alpha)) / 255;
                if (onWhite < 128) {
                    bits[y * bytesPerRow + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return new RasterImage(width, height, bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RasterImage(int w, int h, byte[] b) && w == width && h == height && Arrays.equals(b, bits);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "RasterImage[" + width + "x" + height + "]";
    }
}
