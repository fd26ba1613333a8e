package cn.suanpan.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON form documented in docs/VOICE.md. */
class IntentJsonTest {

    @Test
    void eachIntentType() {
        assertThat(IntentJson.write("add two cola", new Intent.AddItem("SP00001", 2)))
                .isEqualTo("{\"text\": \"add two cola\", \"intent\": {\"type\": \"ADD_ITEM\", \"sku\": \"SP00001\", \"quantity\": 2}}");
        assertThat(IntentJson.intent(new Intent.RemoveItem("SP1"))).isEqualTo("{\"type\": \"REMOVE_ITEM\", \"sku\": \"SP1\"}");
        assertThat(IntentJson.intent(new Intent.SetQuantity("SP1", 3)))
                .isEqualTo("{\"type\": \"SET_QUANTITY\", \"sku\": \"SP1\", \"quantity\": 3}");
        assertThat(IntentJson.intent(new Intent.Pay(PayMethod.CODE)))
                .isEqualTo("{\"type\": \"PAY\", \"method\": \"CODE\", \"needsConfirmation\": true}");
        assertThat(IntentJson.intent(new Intent.CancelSale())).isEqualTo("{\"type\": \"CANCEL_SALE\", \"needsConfirmation\": true}");
        assertThat(IntentJson.intent(new Intent.OpenDrawer())).isEqualTo("{\"type\": \"OPEN_DRAWER\", \"needsPermission\": true}");
        assertThat(IntentJson.intent(new Intent.Undo())).isEqualTo("{\"type\": \"UNDO\"}");
        assertThat(IntentJson.intent(new Intent.Unknown("pay", List.of("pay cash", "pay by code"))))
                .isEqualTo("{\"type\": \"UNKNOWN\", \"closest\": [\"pay cash\", \"pay by code\"]}");
    }

    @Test
    void textIsEscapedAndConfidenceRounded() {
        assertThat(IntentJson.write("say \"hi\"\\\n加", new Intent.Help(), 0.876))
                .isEqualTo("{\"text\": \"say \\\"hi\\\"\\\\\\n加\", \"confidence\": 0.88, \"intent\": {\"type\": \"HELP\"}}");
    }
}
