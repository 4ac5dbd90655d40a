import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StarloopHarness {
    interface Example {
        Object run() throws Throwable;
    }

    private static final java.io.PrintStream OUT = System.out;
    private static String token = "";

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\');
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static List<String> items(Object value) {
        if (value != null && value.getClass().isArray()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); ++i)
                out.add(show(java.lang.reflect.Array.get(value, i)));
            return out;
        }
        if (value instanceof Iterable) {
            List<String> out = new ArrayList<>();
            for (Object item : (Iterable<?>) value) out.add(show(item));
            return out;
        }
        return null;
    }

    static String show(Object value) {
        if (value == null) return "null";
        if (value instanceof String) return quote((String) value);
        if (value instanceof Character) return "'" + value + "'";
        if (value instanceof Double || value instanceof Float) return Double.toString(((Number) value).doubleValue());
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long)
            return Long.toString(((Number) value).longValue());
        if (value instanceof Optional) return ((Optional<?>) value).map(StarloopHarness::show).orElse("empty");
        if (value instanceof Map) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet())
                entries.add(show(entry.getKey()) + "=" + show(entry.getValue()));
            return "{" + String.join(", ", entries) + "}";
        }
        List<String> list = items(value);
        if (list != null) return "[" + String.join(", ", list) + "]";
        return String.valueOf(value);
    }

    private static String showSorted(Object value) {
        List<String> list = items(value);
        if (list == null) return show(value);
        Collections.sort(list);
        return "[" + String.join(", ", list) + "]";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    private static void report(int index, String actual, boolean passed) {
        if (actual.length() > 2000) actual = actual.substring(0, 2000) + "...";
        OUT.print("\n" + token + " {\"case\": " + index + ", \"actual\": " + json(actual) + ", \"passed\": " + passed + "}\n");
        OUT.flush();
    }

    private static void check(int index, Example actual, Example expected, boolean sorted) {
        try {
            Object value = actual.run();
            Object wanted = expected.run();
            String shown = show(value);
            boolean passed = sorted ? showSorted(value).equals(showSorted(wanted)) : shown.equals(show(wanted));
            report(index, shown, passed);
        } catch (Throwable error) {
            report(index, "exception: " + error, false);
        }
    }

    // @examples: the setup and a main() with one check() per example are generated here.
}
