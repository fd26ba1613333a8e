package cn.suanpan.app.ui.session;

import cn.suanpan.core.shift.Shift;
import cn.suanpan.core.users.User;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Who is at the counter now: the logged-in user, the open shift, training mode, lock. */
public final class Session {

    private final ObjectProperty<User> user = new SimpleObjectProperty<>();
    private final ObjectProperty<Shift> shift = new SimpleObjectProperty<>();
    private final BooleanProperty training = new SimpleBooleanProperty(false);
    private final BooleanProperty locked = new SimpleBooleanProperty(false);

    public ObjectProperty<User> userProperty() {
        return user;
    }

    public User user() {
        return user.get();
    }

    public ObjectProperty<Shift> shiftProperty() {
        return shift;
    }

    public Shift shift() {
        return shift.get();
    }

    public BooleanProperty trainingProperty() {
        return training;
    }

    public boolean training() {
        return training.get();
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }
}
