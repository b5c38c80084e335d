package cn.dangjian.bot.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.dangjian.bot.config.BotConfigException;
import cn.dangjian.bot.dingtalk.MarkdownText;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.utility.DeepUnwrap;

/**
 * Words a {@link DraftModel} with the FreeMarker templates of {@code bot-config/report/}: {@code <kind>.ftl} for
 * the draft, {@code summary.ftl} for the chat message. Templates are checked when the bot starts (a syntax error
 * stops it with file and line) and reread when they change, so an organisation can reword its drafts without a
 * release.
 */
public final class DraftCompiler {

    static final String SUMMARY = "summary.ftl";

    private final Configuration freemarker;
    private final Path directory;

    public DraftCompiler(Path configDir) {
        this.directory = configDir.resolve("report");
        if (!Files.isDirectory(directory)) {
            throw new BotConfigException(directory, 0, "the report templates directory is missing");
        }
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(directory.toFile());
        }
        catch (IOException e) {
            throw new BotConfigException(directory, 0, "cannot be read: " + e.getMessage());
        }
        freemarker.setDefaultEncoding("UTF-8");
        // the wording is the templates' and the model's (cn.dangjian.bot.chinese.Chinese), never the JDK's locale data
        freemarker.setLocale(Locale.ROOT);
        // 1000次, not 1,000次: counts are written plainly; amounts come formatted from the model
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        // ${md(text)}: what members typed, as text inside the chat summary's Markdown
        freemarker.setSharedVariable("md", (TemplateMethodModelEx) args -> MarkdownText.literal(String.valueOf(
                args.isEmpty() ? "" : DeepUnwrap.unwrap((TemplateModel) args.get(0)))));
        List<String> required = concat(Arrays.stream(DraftKind.values()).map(k -> k.key() + ".ftl").toList(), SUMMARY);
        required.forEach(this::load);
        // shared files (phrases.ftl) are imported by the others: check them at start too
        try (var files = Files.list(directory)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftl")).forEach(this::load);
        }
        catch (IOException e) {
            throw new BotConfigException(directory, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The draft of the model's kind. */
    public DraftDocument compile(DraftModel model) {
        return DraftText.read(render(model.kind() + ".ftl", model), model.table());
    }

    /** The short Markdown message that goes to chat with the Word file. */
    public String summary(DraftModel model) {
        return render(SUMMARY, model).strip().replaceAll("\\n{3,}", "\n\n") + "\n";
    }

    private String render(String name, DraftModel model) {
        StringWriter out = new StringWriter();
        try {
            load(name).process(model, out);
        }
        catch (TemplateException | IOException e) {
            throw new IllegalStateException("report template " + directory.resolve(name) + " failed: "
                    + e.getMessage(), e);
        }
        return out.toString();
    }

    private Template load(String name) {
        Path file = directory.resolve(name);
        try {
            return freemarker.getTemplate(name);
        }
        catch (ParseException e) {
            throw new BotConfigException(file, e.getLineNumber(), "template syntax: " + e.getEditorMessage());
        }
        catch (IOException e) {
            throw new BotConfigException(file, 0, Files.exists(file) ? "cannot be read: " + e.getMessage()
                    : "the template is missing");
        }
    }

    private static List<String> concat(List<String> names, String name) {
        return java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of(name)).toList();
    }
}
