package cn.suanpan.core.voice;

import java.util.List;
import java.util.Objects;

/** What a spoken command asks the terminal to do. */
public sealed interface Intent {

    IntentType type();

    /** Add {@code quantity} pieces of a product to the sale. */
    record AddItem(String sku, int quantity) implements Intent {
        public AddItem {
            Objects.requireNonNull(sku);
            if (quantity < 1) {
                throw new IllegalArgumentException("quantity " + quantity);
            }
        }

        @Override
        public IntentType type() {
            return IntentType.ADD_ITEM;
        }
    }

    /** Take a product's line off the sale. */
    record RemoveItem(String sku) implements Intent {
        public RemoveItem {
            Objects.requireNonNull(sku);
        }

        @Override
        public IntentType type() {
            return IntentType.REMOVE_ITEM;
        }
    }

    /** Change the quantity of a product's line. */
    record SetQuantity(String sku, int quantity) implements Intent {
        public SetQuantity {
            Objects.requireNonNull(sku);
            if (quantity < 1) {
                throw new IllegalArgumentException("quantity " + quantity);
            }
        }

        @Override
        public IntentType type() {
            return IntentType.SET_QUANTITY;
        }
    }

    record Undo() implements Intent {
        @Override
        public IntentType type() {
            return IntentType.UNDO;
        }
    }

    /** Show (and on the customer display, say) the amount to pay. */
    record Total() implements Intent {
        @Override
        public IntentType type() {
            return IntentType.TOTAL;
        }
    }

    record Pay(PayMethod method) implements Intent {
        public Pay {
            Objects.requireNonNull(method);
        }

        @Override
        public IntentType type() {
            return IntentType.PAY;
        }
    }

    record CancelSale() implements Intent {
        @Override
        public IntentType type() {
            return IntentType.CANCEL_SALE;
        }
    }

    record Hold() implements Intent {
        @Override
        public IntentType type() {
            return IntentType.HOLD;
        }
    }

    record Recall() implements Intent {
        @Override
        public IntentType type() {
            return IntentType.RECALL;
        }
    }

    /** Print the last receipt again. */
    record Reprint() implements Intent {
        @Override
        public IntentType type() {
            return IntentType.REPRINT;
        }
    }

    record OpenDrawer() implements Intent {
        @Override
        public IntentType type() {
            return IntentType.OPEN_DRAWER;
        }
    }

    record Help() implements Intent {
        @Override
        public IntentType type() {
            return IntentType.HELP;
        }
    }

    /**
     * Not understood, or not sure enough: nothing changes; the terminal shows what it heard
     * and the commands that come closest.
     */
    record Unknown(String text, List<String> closest) implements Intent {
        public Unknown {
            Objects.requireNonNull(text);
            closest = List.copyOf(closest);
        }

        @Override
        public IntentType type() {
            return IntentType.UNKNOWN;
        }
    }
}
