package cn.suanpan.core.voice;

import cn.suanpan.core.testing.DemoFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The demo catalog's products as the voice grammar sees them (the file has no quoted fields). */
final class DemoVoiceProducts {

    private DemoVoiceProducts() {
    }

    static List<VoiceProduct> all() {
        try (BufferedReader in = new BufferedReader(DemoFiles.catalog())) {
            List<String> header = List.of(in.readLine().split(","));
            int sku = header.indexOf("sku");
            int name = header.indexOf("name");
            int nameEn = header.indexOf("name_en");
            int alias = header.indexOf("voice_alias");
            List<VoiceProduct> out = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                out.add(new VoiceProduct(f[sku], f[alias], f[name], f[nameEn]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
