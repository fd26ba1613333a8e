package cn.suanpan.hardware.printer.layout;

import java.util.List;

/**
 * A receipt as lines and pictures in paper order, plus the characters that had to be
 * replaced because the printer cannot print them.
 */
public record LaidOutReceipt(List<PrintBlock> blocks, List<Replacement> replacements) {

    public LaidOutReceipt {
        blocks = List.copyOf(blocks);
        replacements = List.copyOf(replacements);
    }

    /** The text lines in order, for tests and plain-text previews. */
    public List<String> textLines() {
        return blocks.stream()
                .filter(PrintBlock.Text.class::isInstance)
                .map(b -> ((PrintBlock.Text) b).text())
                .toList();
    }
}
