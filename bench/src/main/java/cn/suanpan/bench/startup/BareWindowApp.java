package cn.suanpan.bench.startup;

import atlantafx.base.theme.PrimerLight;
import cn.suanpan.app.ui.common.ReadySignal;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** A themed window holding a table of 30 rows: nothing else. */
public final class BareWindowApp extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TableView<Integer> table = new TableView<>();
        for (String title : new String[] {"#", "Item", "Qty", "Price", "Amount"}) {
            TableColumn<Integer, String> col = new TableColumn<>(title);
            col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(title + " " + cd.getValue()));
            table.getColumns().add(col);
        }
        for (int i = 1; i <= 30; i++) {
            table.getItems().add(i);
        }
        stage.setScene(new Scene(table, 1280, 800));
        stage.setTitle("Bare window");
        stage.show();
        ReadySignal.afterFirstFrame(() -> {
            System.out.println("READY " + ReadySignal.millisSinceJvmStart());
            System.out.flush();
            Platform.exit();
        });
    }
}
