package cn.suanpan.bench.voice;

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
 * ({@code id, condition, reading=probability|...}), so that {@link VoiceRescore} can judge
 * a change of the parser against the same readings without recognising the audio again.
 */
final class Readings {

    record Line(int id, String condition, List<Hypothesis> hypotheses) {
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
            out.add(new Line(Integer.parseInt(f[0]), f[1], hs));
        }
        return out;
    }
}
