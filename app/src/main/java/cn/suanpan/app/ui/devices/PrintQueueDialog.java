package cn.suanpan.app.ui.devices;

import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.queue.PrintJob;
import cn.suanpan.hardware.printer.queue.PrintQueue;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The print queue for the cashier: what the printers report, the jobs still waiting with why
 * they did not print (and a button to try again now, after changing the roll), and the last
 * printed jobs with a button to print one again.
 */
public final class PrintQueueDialog {

    private static final int RECENT = 8;

    private final UiContext ui;
    private final ModalDialog dialog;
    private final VBox content = new VBox(8);
    private final Consumer<DeviceAlerts> refill = a -> fill();

    public PrintQueueDialog(UiContext ui, AlertFeed feed) {
        this.ui = ui;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr("printQueue.title")).styleClass("print-queue-dialog");
        content.setPrefWidth(620);
        content.setId("print-queue");
        dialog.content(content);
        dialog.button(i18n.tr("printQueue.retry"), null, this::retry, true).setId("print-retry");
        dialog.button(i18n.tr("dialog.back"), "Esc", dialog::close, false);
        feed.add(refill);
        dialog.onClosed(() -> feed.remove(refill));
        fill();
    }

    /** Where the dialog hears of queue changes (on the UI thread) while it is open. */
    public interface AlertFeed {
        void add(Consumer<DeviceAlerts> listener);

        void remove(Consumer<DeviceAlerts> listener);
    }

    public void show() {
        ui.modals().open(dialog);
    }

    private void retry() {
        ui.services().devices().printQueue().ifPresent(PrintQueue::retryNow);
        ui.toast(Notice.info("printQueue.retrying"));
    }

    private void fill() {
        I18n i18n = ui.i18n();
        content.getChildren().clear();
        DeviceAlerts alerts = ui.services().devices().alerts();
        for (HardwareMessage m : alerts.problems()) {
            Label l = new Label(m.format(i18n.locale()));
            l.getStyleClass().add("status-warning");
            content.getChildren().add(l);
        }
        if (alerts.drawerOpen()) {
            content.getChildren().add(new Label(i18n.tr("status.drawerOpen")));
        }
        List<PrintJob> waiting = alerts.waiting();
        content.getChildren().add(heading(i18n.tr("printQueue.waiting", waiting.size())));
        for (PrintJob j : waiting) {
            String why = j.lastError().map(e -> e.format(i18n.locale())).orElse(i18n.tr("printQueue.notTried"));
            content.getChildren().add(row(i18n.tr("printQueue.job", j.title(), i18n.dateTime(j.created(), ui.services().store().zone()),
                    j.attempts(), why), null));
        }
        List<PrintJob> printed = ui.services().devices().printQueue().map(PrintQueue::printed).orElse(List.of());
        content.getChildren().add(heading(i18n.tr("printQueue.printed")));
        for (PrintJob j : printed.subList(0, Math.min(RECENT, printed.size()))) {
            Button again = new Button(i18n.tr("printQueue.reprint"));
            again.setFocusTraversable(false);
            again.setId("print-again-" + j.id());
            again.setOnAction(e -> ui.services().devices().printQueue().flatMap(q -> q.reprint(j.id()))
                    .ifPresent(n -> ui.toast(Notice.success("receipt.reprinted", j.title()))));
            content.getChildren().add(row(i18n.tr("printQueue.printedJob", j.title(),
                    i18n.dateTime(j.printed().orElse(j.created()), ui.services().store().zone())), again));
        }
        content.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static HBox row(String text, Button action) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox row = new HBox(10, l);
        row.setAlignment(Pos.CENTER_LEFT);
        if (action != null) {
            row.getChildren().add(action);
        }
        return row;
    }
}
