package cn.suanpan.app.ui.login;

import cn.suanpan.app.ui.common.Keypad;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.users.User;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Who is at the till: big name buttons, a PIN typed on the keypad or the keyboard. Shown at
 * start, when the counter is locked (the cart waits behind it) and to switch cashier.
 */
public final class LoginView {

    public enum Mode {
        LOGIN, LOCKED
    }

    private final UiContext ui;
    private final LoginViewModel model;
    private final StackPane root = new StackPane();
    private final PasswordField pin = new PasswordField();
    private final ToggleGroup group = new ToggleGroup();
    private final Consumer<User> onIn;

    public LoginView(UiContext ui, LoginViewModel model, Mode mode, Consumer<User> onIn) {
        this.ui = ui;
        this.model = model;
        this.onIn = onIn;
        I18n i18n = ui.i18n();

        Label title = new Label(i18n.tr(mode == Mode.LOCKED ? "login.lockedTitle" : "login.title"));
        title.getStyleClass().add("login-title");
        Label sub = new Label(mode == Mode.LOCKED && ui.session().user() != null
                ? i18n.tr("login.lockedBy", ui.session().user().displayName()) : i18n.tr("login.subtitle"));
        sub.getStyleClass().add("login-subtitle");

        FlowPane names = new FlowPane(10, 10);
        names.getStyleClass().add("login-users");
        model.users().addListener((ListChangeListener<User>) c -> fill(names));
        fill(names);
        model.chosenProperty().addListener((obs, a, u) -> select(u));

        pin.setPromptText(i18n.tr("login.pin"));
        pin.getStyleClass().add("pin-field");
        pin.setId("login-pin");
        pin.textProperty().bindBidirectional(model.pinProperty());
        Label message = new Label();
        message.getStyleClass().add("dialog-message");
        message.setWrapText(true);
        model.noticeProperty().addListener((obs, a, n) -> {
            message.setText(n.text(ui.i18n()));
            message.getStyleClass().remove("error");
            if (!n.isEmpty() && n.level() != Notice.Level.INFO && n.level() != Notice.Level.SUCCESS) {
                message.getStyleClass().add("error");
                if (ui.services() != null) {
                    ui.services().sounds().play(Sound.ERROR);
                }
            }
        });
        Button login = new Button(i18n.tr(mode == Mode.LOCKED ? "login.unlock" : "login.login") + "  Enter");
        login.getStyleClass().addAll("accent", "login-button");
        login.setFocusTraversable(false);
        login.setMaxWidth(Double.MAX_VALUE);
        login.setOnAction(e -> submit());
        login.disableProperty().bind(model.busyProperty());

        VBox left = new VBox(14, new Label(i18n.tr("login.who")), names, pin, message, login);
        left.setPrefWidth(420);
        left.getStyleClass().add("login-left");
        HBox body = new HBox(28, left, Keypad.pin(pin));
        body.setAlignment(Pos.CENTER);
        VBox card = new VBox(18, title, sub, body);
        card.getStyleClass().add("login-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setAlignment(Pos.TOP_LEFT);
        root.getChildren().add(card);
        root.getStyleClass().add("login-screen");
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                submit();
            }
        });
        model.loadUsers();
    }

    public Region root() {
        return root;
    }

    public void focus() {
        pin.requestFocus();
    }

    private void submit() {
        model.login(onIn);
        pin.requestFocus();
    }

    private void fill(FlowPane names) {
        names.getChildren().clear();
        group.getToggles().clear();
        for (User u : model.users()) {
            Label name = new Label(u.displayName());
            name.getStyleClass().add("login-user-name");
            Label role = new Label(ui.i18n().tr("role." + u.role().name()));
            role.getStyleClass().add("login-user-role");
            VBox graphic = new VBox(2, name, role);
            graphic.setAlignment(Pos.CENTER);
            ToggleButton b = new ToggleButton();
            b.setGraphic(graphic);
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            b.setUserData(u);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.getStyleClass().add("login-user");
            b.setId("user-" + u.username());
            b.setOnAction(e -> {
                model.chosenProperty().set(u);
                b.setSelected(true);
                pin.requestFocus();
            });
            names.getChildren().add(b);
        }
        select(model.chosenProperty().get());
    }

    private void select(User u) {
        group.getToggles().forEach(t -> t.setSelected(u != null && u.equals(t.getUserData())));
    }
}
