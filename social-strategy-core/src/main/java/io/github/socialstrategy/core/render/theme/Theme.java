package io.github.socialstrategy.core.render.theme;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * The site's theme: FreeMarker templates ({@code .ftlh}, HTML auto-escaped) and assets, from the default
 * theme on the classpath, each overridable file by file from a user's theme directory. FreeMarker is
 * hardened for untrusted data: no {@code ?new} of arbitrary classes, no {@code ?api}, no localized
 * look-ups, and templates only ever receive maps, lists, strings, numbers and booleans.
 */
public final class Theme {

  /** Where the default theme lives on the classpath (the templates module). */
  public static final String CLASSPATH_ROOT = "/io/github/socialstrategy/theme";

  /** The list of the default theme's assets, one path per line, relative to {@code assets/}. */
  static final String ASSET_LIST = "assets.list";

  private final Configuration freemarker;
  private final Path themeDirectory;

  private Theme(Configuration freemarker, Path themeDirectory) {
    this.freemarker = freemarker;
    this.themeDirectory = themeDirectory;
  }

  /**
   * The theme: the user's directory (may be null) over the default one.
   *
   * @throws IllegalArgumentException when the theme directory does not exist, naming its absolute path
   */
  public static Theme load(Path themeDirectory) throws IOException {
    Path dir = null;
    List<TemplateLoader> loaders = new ArrayList<>();
    if (themeDirectory != null) {
      dir = themeDirectory.toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("the theme directory " + dir + " does not exist; create it or remove the themeDirectory setting");
      }
      loaders.add(new FileTemplateLoader(dir.toFile()));
    }
    loaders.add(new ClassTemplateLoader(Theme.class, CLASSPATH_ROOT));
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setLocalizedLookup(false);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    var wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setExposeFields(false);
    cfg.setObjectWrapper(wrapper.build());
    return new Theme(cfg, dir);
  }

  /**
   * Renders a page template with a model of maps, lists and plain values.
   *
   * @throws ThemeException naming the template, its source and the line when the template is broken
   */
  public String render(String template, Map<String, Object> model) throws ThemeException {
    try {
      Template t = freemarker.getTemplate(template);
      StringWriter out = new StringWriter(16 * 1024);
      t.process(model, out);
      return out.toString();
    } catch (freemarker.core.ParseException e) {
      throw parseError(template, e);
    } catch (TemplateException e) {
      // An imported template (lib/ui.ftlh) is parsed only when a page imports it: name the broken file.
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof freemarker.core.ParseException p) {
          throw parseError(template, p);
        }
      }
      // The line is in the template that failed, which may be a macro's, not the page's.
      String source = e.getTemplateSourceName() == null ? template : e.getTemplateSourceName();
      String what = firstLine(e.getMessageWithoutStackTop());
      String blamed = e.getBlamedExpressionString();
      if (blamed != null && !what.contains(blamed)) {
        what = what + " " + blamed;
      }
      throw new ThemeException("the template " + where(source) + " failed at line " + e.getLineNumber() + ": " + what, e);
    } catch (freemarker.template.TemplateNotFoundException e) {
      throw new ThemeException("the theme has no template " + template + " (looked in " + describeRoots() + ")", e);
    } catch (IOException e) {
      throw new ThemeException("the template " + where(template) + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Fails early when a page template is missing or does not parse. */
  public void verify(List<String> templates) throws ThemeException {
    for (String t : templates) {
      try {
        freemarker.getTemplate(t);
      } catch (freemarker.core.ParseException e) {
        throw parseError(t, e);
      } catch (freemarker.template.TemplateNotFoundException e) {
        throw new ThemeException("the theme has no template " + t + " (looked in " + describeRoots() + ")", e);
      } catch (IOException e) {
        throw new ThemeException("the template " + where(t) + " cannot be read: " + e.getMessage(), e);
      }
    }
  }

  /** The assets to copy: the default theme's, plus any under the user's {@code assets/}; sorted. */
  public List<String> assets() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (InputStream in = Theme.class.getResourceAsStream(CLASSPATH_ROOT + "/" + ASSET_LIST)) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            names.add(line.trim());
          }
        }
      }
    }
    if (themeDirectory != null && Files.isDirectory(themeDirectory.resolve("assets"))) {
      Path root = themeDirectory.resolve("assets");
      try (var walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .filter(p -> !p.startsWith("."))
            .forEach(names::add);
      }
    }
    return List.copyOf(names);
  }

  /** The bytes of an asset ({@code site.css}), the user's version first. */
  public byte[] asset(String name) throws IOException {
    if (themeDirectory != null) {
      Path p = themeDirectory.resolve("assets").resolve(name).normalize();
      if (p.startsWith(themeDirectory) && Files.isRegularFile(p)) {
        return Files.readAllBytes(p);
      }
    }
    try (InputStream in = Theme.class.getResourceAsStream(CLASSPATH_ROOT + "/assets/" + name)) {
      if (in == null) {
        throw new IOException("the default theme has no asset " + name);
      }
      return in.readAllBytes();
    }
  }

  /** A template that does not parse, named by the file that holds the error (an imported one, maybe). */
  private ThemeException parseError(String template, freemarker.core.ParseException e) {
    String source = e.getTemplateName() == null ? template : e.getTemplateName();
    return new ThemeException(
        "the template " + where(source) + " has an error at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
            + ": " + firstLine(e.getEditorMessage()), e);
  }

  private String where(String template) {
    if (themeDirectory != null && Files.isRegularFile(themeDirectory.resolve(template))) {
      return themeDirectory.resolve(template).toString();
    }
    return template + " (default theme)";
  }

  private String describeRoots() {
    return (themeDirectory == null ? "" : themeDirectory + " and ") + "the default theme";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
