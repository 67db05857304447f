package org.footnote.load;

import java.util.ArrayList;
import java.util.List;

/** Starting other JVMs: the seeding and the server run on the same Java as this run. */
final class Java {

    private Java() {
    }

    static String executable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** A Java command on this run's class path, with its {@code load.*} properties, for a class of src/load. */
    static List<String> onThisClassPath(Class<?> main, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(executable(), "-cp", System.getProperty("java.class.path")));
        System.getProperties().stringPropertyNames().stream().filter(p -> p.startsWith("load."))
                .sorted().forEach(p -> command.add("-D" + p + "=" + System.getProperty(p)));
        command.add(main.getName());
        command.addAll(arguments);
        return command;
    }
}
