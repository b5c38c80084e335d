package cn.dangjian.bot.activity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.bot.config.YamlNode;

/** The activities the bot understands, read from {@code bot-config/activities.yml}. */
public final class Catalogue {

    /** The report parts an activity can feed, in the order a report presents them. */
    public static final List<String> SECTIONS = List.of("responsibility", "theory", "organization", "integrity", "service");

    private final Map<String, Activity> byKey = new LinkedHashMap<>();

    public Catalogue(List<Activity> activities) {
        activities.forEach(a -> byKey.put(a.key(), a));
    }

    public static Catalogue load(Path file) {
        YamlNode root = YamlNode.load(file);
        List<Activity> activities = new ArrayList<>();
        Map<String, YamlNode> seenWords = new LinkedHashMap<>();
        for (YamlNode item : root.required("activities").items()) {
            String key = item.requiredText("key");
            if (!Activity.KEY.matcher(key).matches()) {
                throw item.problem("key '" + key + "' must be lower-case letters, digits and underscores");
            }
            String section = item.requiredText("section");
            if (!SECTIONS.contains(section)) {
                throw item.required("section").problem("unknown section '" + section + "', expected one of " + SECTIONS);
            }
            Cadence cadence;
            try {
                cadence = Cadence.parse(item.optionalText("obligation").orElse("none"));
            }
            catch (IllegalArgumentException e) {
                throw item.required("obligation").problem("obligation must be monthly, quarterly, yearly or none");
            }
            String evidence = item.optionalText("evidence").orElse("optional");
            if (!evidence.equals("required") && !evidence.equals("optional")) {
                throw item.required("evidence").problem("evidence must be required or optional");
            }
            Activity activity = new Activity(key, item.requiredText("name"), item.texts("synonyms"),
                    item.requiredText("unit"), section, cadence, evidence.equals("required"));
            for (String word : activity.words()) {
                YamlNode earlier = seenWords.putIfAbsent(word, item);
                if (earlier != null) {
                    throw item.problem("'" + word + "' is already used by the activity on line " + earlier.line());
                }
            }
            if (activities.stream().anyMatch(a -> a.key().equals(key))) {
                throw item.problem("duplicate key '" + key + "'");
            }
            activities.add(activity);
        }
        return new Catalogue(activities);
    }

    public List<Activity> all() {
        return List.copyOf(byKey.values());
    }

    public Optional<Activity> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Activity get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("no activity '" + key + "' in the catalogue"));
    }
}
