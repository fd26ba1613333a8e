package cn.suanpan.hardware.printer.queue;

import cn.suanpan.hardware.printer.connection.StatusReport;
import java.util.List;
import java.util.Map;

/**
 * What the UI shows of the print queue: the jobs still to print, oldest first (each with its
 * last error), and the last known status of each printer (absent until first asked).
 */
public record QueueState(List<PrintJob> waiting, Map<String, StatusReport> printers) {

    public QueueState {
        waiting = List.copyOf(waiting);
        printers = Map.copyOf(printers);
    }

    public boolean isEmpty() {
        return waiting.isEmpty();
    }
}
