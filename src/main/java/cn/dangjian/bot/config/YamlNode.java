package cn.dangjian.bot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a {@code bot-config} YAML file that remembers its line, so that every problem found while reading the
 * file can be reported as "file, line, problem".
 */
public final class YamlNode {

    private final Path file;
    private final Node node;

    private YamlNode(Path file, Node node) {
        this.file = file;
        this.node = node;
    }

    public static YamlNode load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BotConfigException(file, 0, "file not found");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                throw new BotConfigException(file, 0, "the file is empty");
            }
            return new YamlNode(file, root);
        }
        catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new BotConfigException(file, line, "not valid YAML: " + e.getProblem());
        }
        catch (IOException e) {
            throw new BotConfigException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public BotConfigException problem(String problem) {
        return new BotConfigException(file, line(), problem);
    }

    public Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("expected a mapping of keys to values");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(file, tuple.getKeyNode());
            if (entries.put(key.text(), new YamlNode(file, tuple.getValueNode())) != null) {
                throw key.problem("duplicate key '" + key.text() + "'");
            }
        }
        return entries;
    }

    public Optional<YamlNode> get(String key) {
        return Optional.ofNullable(entries().get(key));
    }

    public YamlNode required(String key) {
        return get(key).orElseThrow(() -> problem("missing '" + key + "'"));
    }

    public Optional<String> optionalText(String key) {
        return get(key).map(YamlNode::text);
    }

    public String requiredText(String key) {
        String text = required(key).text();
        if (text.isBlank()) {
            throw required(key).problem("'" + key + "' must not be empty");
        }
        return text;
    }

    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem("expected a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(file, item));
        }
        return items;
    }

    public List<String> texts(String key) {
        return get(key).map(list -> list.isNull() ? List.<String>of() : list.items().stream().map(YamlNode::text).toList())
                .orElse(List.of());
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isNull() {
        return node instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null");
    }

    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem("expected a single value");
        }
        return isNull() ? "" : scalar.getValue().strip();
    }

    public int integer() {
        try {
            return Integer.parseInt(text());
        }
        catch (NumberFormatException e) {
            throw problem("expected a whole number, found '" + text() + "'");
        }
    }

    public boolean bool() {
        return switch (text()) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw problem("expected true or false, found '" + text() + "'");
        };
    }
}
