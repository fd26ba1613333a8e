package cn.suanpan.app.cli;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.config.Settings;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.voice.VoiceModelLocator;
import cn.suanpan.app.voice.VoiceSetup;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.voice.Understanding;
import cn.suanpan.core.voice.VoiceGrammar;
import cn.suanpan.hardware.speech.Microphone;
import cn.suanpan.hardware.speech.PushToTalk;
import cn.suanpan.hardware.speech.Recognition;
import cn.suanpan.hardware.speech.SpeechException;
import cn.suanpan.hardware.speech.SpeechModel;
import cn.suanpan.hardware.speech.SpeechRecognizer;
import cn.suanpan.hardware.speech.WavAudio;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code voice --wav FILE | --mic | --check}: what a spoken command means against the
 * terminal's catalog, printed in the JSON form of docs/VOICE.md.
 */
@Command(name = "voice", description = "Recognise a spoken command against the current catalog and print it as JSON (docs/VOICE.md).")
public final class VoiceCommand implements Callable<Integer> {

    @ParentCommand
    SuanpanCommand parent;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--wav", paramLabel = "FILE", description = "A WAV file (16 kHz mono PCM; other PCM rates and channels are converted).")
        Path wav;

        @Option(names = "--mic", description = "Listen once on the microphone (voice.microphone in the settings).")
        boolean mic;

        @Option(names = "--check", description = "Show the speech model in use and the products voice cannot name.")
        boolean check;
    }

    @Option(names = "--seconds", defaultValue = "8", description = "With --mic: listen at most this long (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() {
        I18n i18n = parent.i18n();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Settings settings = parent.settings();
        try {
            // what can fail fast does, before the model takes its seconds to load
            byte[] audio = source.wav != null ? WavAudio.read(source.wav) : null;
            if (source.mic) {
                Microphone.open(settings.get(Settings.VOICE_MICROPHONE)).close();
            }
            Path folder = VoiceModelLocator.locate(settings, parent.directory());
            try (TerminalContext t = parent.openTerminal(); SpeechModel model = SpeechModel.load(folder)) {
                VoiceGrammar grammar = VoiceSetup.grammar(VoiceSetup.products(t.catalog()), model, settings, false);
                if (source.check) {
                    out.println(i18n.tr("cli.voice.model", folder, grammar.language().tag()));
                    out.println(i18n.tr("cli.voice.grammar", grammar.productPhrases().size(), grammar.phrases().size()));
                    if (!grammar.unspeakable().isEmpty()) {
                        out.println(i18n.tr("cli.voice.leftOut", grammar.unspeakable().size(), String.join(", ", grammar.unspeakable())));
                    }
                    return 0;
                }
                try (SpeechRecognizer recognizer = VoiceSetup.recognizer(model, grammar)) {
                    Recognition heard;
                    if (audio != null) {
                        heard = recognizer.recognize(audio);
                    } else {
                        err.println(i18n.tr("cli.voice.listening", seconds));
                        heard = PushToTalk.listenOnce(recognizer, Microphone.open(settings.get(Settings.VOICE_MICROPHONE)), null,
                                Duration.ofSeconds(seconds));
                    }
                    Understanding understood = grammar.understand(VoiceSetup.hypotheses(heard), VoiceSetup.words(heard));
                    out.println(understood.json());
                    return 0;
                }
            }
        } catch (SpeechException | SuanpanException e) {
            err.println(i18n.describe(e));
            return 2;
        }
    }
}
