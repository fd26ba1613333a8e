package cn.suanpan.app.ui.login;

import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.core.users.User;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Logging in with a user and a PIN, unlocking a locked counter, and switching cashier: one
 * screen for all three, since they are the same question ("who is at the till?").
 */
public final class LoginViewModel {

    /** Null while the store opens: no names to pick yet. */
    private Services services;
    private final Session session;
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<User> chosen = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /** @param services null while the store opens; {@link #attach(Services)} brings them */
    public LoginViewModel(Services services, Session session) {
        this.services = services;
        this.session = session;
    }

    /** The store is open: the names to log in with are read now. */
    public void attach(Services services) {
        this.services = services;
        loadUsers();
    }

    /** Reads the names to pick from, on the store worker; nothing while the store opens. */
    public void loadUsers() {
        if (services == null) {
            return;
        }
        services.executor().submit(() -> services.users().activeUsers().stream()
                // cashiers first: they log in most often
                .sorted(java.util.Comparator.comparing((User u) -> u.role()).thenComparing(User::displayName)).toList(), list -> {
            users.setAll(list);
            User current = session.user();
            chosen.set(current != null ? list.stream().filter(u -> u.id().equals(current.id())).findFirst().orElse(null)
                    : list.size() == 1 ? list.getFirst() : null);
        }, e -> notice.set(Notice.failure(e)));
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObjectProperty<User> chosenProperty() {
        return chosen;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void choose(String username) {
        users.stream().filter(u -> u.username().equals(username)).findFirst().ifPresent(chosen::set);
    }

    /** Checks the PIN on the store worker; on success the session has its user and {@code onIn} runs. */
    public void login(Consumer<User> onIn) {
        User user = chosen.get();
        if (user == null) {
            notice.set(Notice.warning("login.pickUser"));
            return;
        }
        String typed = pin.get();
        if (typed == null || typed.isEmpty()) {
            notice.set(Notice.warning("login.typePin"));
            return;
        }
        if (busy.get() || services == null) {
            return;
        }
        busy.set(true);
        pin.set("");
        services.executor().submit(() -> services.users().login(user.username(), typed), in -> {
            busy.set(false);
            notice.set(Notice.NONE);
            session.userProperty().set(in);
            session.lockedProperty().set(false);
            onIn.accept(in);
        }, failure -> {
            busy.set(false);
            notice.set(Notice.failure(failure));
        });
    }
}
