package id.aduan.classifier.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** The labels one head predicts, in a fixed (sorted) order. */
final class Labels {

    private final String[] names;
    private final Map<String, Integer> index = new HashMap<>();

    Labels(Iterable<String> labels) {
        TreeSet<String> sorted = new TreeSet<>();
        labels.forEach(sorted::add);
        this.names = sorted.toArray(String[]::new);
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
    }

    int size() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    int indexOf(String label) {
        return index.getOrDefault(label, -1);
    }

    String[] names() {
        return names.clone();
    }

    @Override
    public String toString() {
        return Arrays.toString(names);
    }
}
