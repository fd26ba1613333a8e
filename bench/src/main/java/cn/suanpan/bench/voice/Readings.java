package cn.suanpan.bench.voice;

import cn.suanpan.core.voice.HeardWord;
import cn.suanpan.core.voice.Hypothesis;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The recognizer's n best readings of every utterance of a benchmark run, one line each
 * ({@code id, condition, reading=probability|..., word=confidence|...}), so that {@link VoiceRescore} can judge
 * a change of the parser against the same readings without recognising the audio again.
 */
final class Readings {

    record Line(int id, String condition, List<Hypothesis> hypotheses, List<HeardWord> words) {
    }

    private Readings() {
    }

    static void write(Path file, List<VoiceAccuracy.Outcome> outcomes) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (VoiceAccuracy.Outcome o : outcomes) {
                StringBuilder line = new StringBuilder().append(o.utterance().id()).append('\t').append(o.condition()).append('\t');
                for (int i = 0; i < o.hypotheses().size(); i++) {
                    Hypothesis h = o.hypotheses().get(i);
                    line.append(i == 0 ? "" : "|").append(h.text()).append('=').append(String.format(Locale.ROOT, "%.6f", h.probability()));
                }
                line.append('\t');
                for (int i = 0; i < o.words().size(); i++) {
                    HeardWord w = o.words().get(i);
                    line.append(i == 0 ? "" : "|").append(w.word()).append('=').append(String.format(Locale.ROOT, "%.4f", w.confidence()));
                }
                out.println(line);
            }
        }
    }

    static List<Line> read(Path file) throws IOException {
        List<Line> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            List<Hypothesis> hs = new ArrayList<>();
            if (!f[2].isEmpty()) {
                for (String h : f[2].split("\\|")) {
                    int eq = h.lastIndexOf('=');
                    hs.add(new Hypothesis(h.substring(0, eq), Double.parseDouble(h.substring(eq + 1))));
                }
            }
            List<HeardWord> words = new ArrayList<>();
            if (f.length > 3 && !f[3].isEmpty()) {
                for (String w : f[3].split("\\|")) {
                    int eq = w.lastIndexOf('=');
                    words.add(new HeardWord(w.substring(0, eq), Double.parseDouble(w.substring(eq + 1))));
                }
            }
            out.add(new Line(Integer.parseInt(f[0]), f[1], hs, words));
        }
        return out;
    }
}
