package tessera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void writesNestedObjectsAndArraysWithTheirCommas() {
        String text = new JsonWriter().beginObject()
                .name("a").value(1)
                .name("b").beginArray().value("x").value(true).beginObject().endObject().endArray()
                .name("c").range(0.5, 30, 2)
                .name("d").strings(List.of("p", "q"))
                .endObject().toString();
        assertEquals("{\"a\":1,\"b\":[\"x\",true,{}],\"c\":{\"min\":0.5,\"max\":30,\"default\":2},\"d\":[\"p\",\"q\"]}", text);
    }

    @Test
    void numbersAndStringsReadBackAsWritten() {
        double[] numbers = {0.001, 1e15, 1e300, -2.5, 0.1 + 0.2, 16777216, Double.MIN_VALUE};
        JsonWriter json = new JsonWriter().beginArray();
        for (double number : numbers) {
            json.value(number);
        }
        String odd = "quote \" backslash \\ newline \n tab \t bell \u0007 é";
        JsonValue back = JsonReader.parse(json.value(odd).endArray().toString());
        for (int i = 0; i < numbers.length; i++) {
            assertEquals(numbers[i], back.elements().get(i).asDouble());
        }
        assertEquals(odd, back.elements().get(numbers.length).asString());
    }

    @Test
    void refusesNumbersJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> new JsonWriter().value(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new JsonWriter().value(Double.POSITIVE_INFINITY));
    }
}
