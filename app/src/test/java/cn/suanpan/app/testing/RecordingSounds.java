package cn.suanpan.app.testing;

import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.common.Sounds;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers which sounds the screens asked for. */
public final class RecordingSounds implements Sounds {

    private final List<Sound> played = new CopyOnWriteArrayList<>();

    @Override
    public void play(Sound sound) {
        played.add(sound);
    }

    public List<Sound> played() {
        return List.copyOf(played);
    }

    public void clear() {
        played.clear();
    }
}
