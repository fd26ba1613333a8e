package cn.suanpan.hardware.speech;

import cn.suanpan.hardware.i18n.HardwareMessage;
import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * A Vosk speech model loaded from its folder (the one holding {@code am/}, {@code conf/} and
 * {@code graph/}). Loading takes a second or two and some 100 MB: load it once and share it;
 * recognizers made from it are cheap.
 */
public final class SpeechModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpeechModel.class);

    private final Path folder;
    private final Model model;
    private final Function findWord;

    private SpeechModel(Path folder, Model model, Function findWord) {
        this.folder = folder;
        this.model = model;
        this.findWord = findWord;
    }

    public static SpeechModel load(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SpeechException("speech.model.missing", String.valueOf(folder));
        }
        if (!Files.isRegularFile(folder.resolve("am").resolve("final.mdl")) || !Files.isDirectory(folder.resolve("conf"))) {
            throw new SpeechException("speech.model.invalid", folder);
        }
        Model model;
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            model = new Model(folder.toAbsolutePath().toString());
        } catch (IOException | RuntimeException e) {
            throw new SpeechException(new HardwareMessage("speech.model.invalid", folder), e);
        } catch (LinkageError e) {
            throw new SpeechException(new HardwareMessage("speech.native.unavailable", String.valueOf(e.getMessage())), e);
        }
        return new SpeechModel(folder, model, wordLookup());
    }

    /** vosk_model_find_word is in the library but not in its Java binding; without it every word counts as known. */
    private static Function wordLookup() {
        try {
            return NativeLibrary.getInstance(Platform.isWindows() ? "libvosk" : "vosk", LibVosk.class.getClassLoader())
                    .getFunction("vosk_model_find_word");
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Cannot look words up in the speech model; assuming it knows every word: {}", e.toString());
            return null;
        }
    }

    public Path folder() {
        return folder;
    }

    /** Whether the model can recognise this word at all; grammar phrases with unknown words are ignored by it. */
    public boolean knows(String word) {
        if (findWord == null) {
            return true;
        }
        synchronized (this) {
            return findWord.invokeInt(new Object[] {model, word}) >= 0;
        }
    }

    Model vosk() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }
}
