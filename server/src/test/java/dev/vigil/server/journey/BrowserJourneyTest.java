package dev.vigil.server.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.ServerTestEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole journey in a real headless Chromium, CSRF tokens and htmx included: sign in, create a product,
 * upload the glucoflow model with its SBOM, open the release, decide a finding in place, sign, generate the FDA
 * documents and download one, and find it all in the audit trail. Skipped, with a message, where Chromium or its driver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServerTestEnvironment.class)
class BrowserJourneyTest {

    /**
     * Its own advisory store and database: the journey's made-up advisory must not reach other tests, and its
     * queued re-check must not be taken by another cached context's scheduler.
     */
    @org.springframework.test.context.DynamicPropertySource
    static void ownStore(org.springframework.test.context.DynamicPropertyRegistry registry) {
        ServerTestEnvironment.ownDatabaseAndStore(registry, "journey");
        registry.add("vigil.jobs.poll-interval", () -> "500ms");
    }

    static final Path CHROMEDRIVER = Path.of(System.getProperty("vigil.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("vigil.chromium", "/usr/bin/chromium"));

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            String reason = "no " + CHROMIUM + " or " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver): skipping the browser journey";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600");
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build(),
                options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInUploadDecideSignAndAudit() throws IOException {
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure");
            System.out.println(
                    "browser journey failed at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource());
            throw e;
        }
    }

    private void journey() throws IOException {
        // htmx replaces rows and tables: an element found a moment ago may be gone, so look again.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        browser.get(url("/products"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(ServerTestEnvironment.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // Back to the page asked for (Spring Security marks it with ?continue).
        wait.until(d ->
                d.getCurrentUrl().contains("/products") && !d.getCurrentUrl().contains("/login"));

        // The first POST after sign-in: it must carry the CSRF token of the new session.
        browser.findElement(By.name("id")).sendKeys("glucoflow");
        browser.findElement(By.name("name")).sendKeys("GlucoFlow");
        browser.findElement(By.xpath("//button[text()='Create product']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/products/glucoflow"));

        // A browser sends a file's own name, without folders: this model names its SBOM by that name.
        Path dir = Files.createTempDirectory("journey");
        Path model = copy("glucoflow.yaml", dir.resolve("glucoflow.yaml"));
        Files.writeString(model, Files.readString(model).replace("sbom: sboms/pump.cdx.json", "sbom: pump.cdx.json"));
        Path sbom = copy("sboms/pump.cdx.json", dir.resolve("pump.cdx.json"));
        // A PyPI library the feed below has an advisory for, so monitoring has something to find.
        Files.writeString(
                sbom,
                Files.readString(sbom)
                        .replace(
                                "\"components\": [",
                                "\"components\": [\n    {\"type\": \"library\", \"name\": \"examplelib\","
                                        + " \"version\": \"1.0.0\", \"purl\": \"pkg:pypi/examplelib@1.0.0\"},"));
        browser.findElement(By.name("version")).sendKeys("2.4.0");
        browser.findElement(By.name("model")).sendKeys(model.toString());
        browser.findElement(By.name("file")).sendKeys(sbom.toString());
        browser.findElement(By.xpath("//button[text()='Upload and assess']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/products/glucoflow/releases/2.4.0"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2.4.0");
        List<WebElement> rows = browser.findElements(By.cssSelector("#findings tbody tr"));
        assertThat(rows).as("findings are listed").isNotEmpty();

        // Decide the first finding in place (htmx): the row comes back with the decision.
        WebElement row = rows.get(0);
        String rowId = row.getAttribute("id");
        new Select(row.findElement(By.name("status"))).selectByValue("accepted");
        row.findElement(By.name("justification")).sendKeys("Residual risk accepted in RA-12");
        row.findElement(By.xpath(".//button[text()='Decide']")).click();
        wait.until(d -> d.findElement(By.id(rowId)).getText().contains("Residual risk accepted in RA-12"));
        assertThat(browser.findElement(By.id(rowId)).getText())
                .contains("accepted")
                .contains("admin");

        // Filter by status through htmx.
        new Select(browser.findElement(By.cssSelector("select[aria-label=status]"))).selectByValue("accepted");
        wait.until(d -> d.findElements(By.cssSelector("#findings tbody tr")).size() == 1);

        new Select(browser.findElement(By.name("meaning"))).selectByValue("approval");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(ServerTestEnvironment.ADMIN_PASSWORD);
        browser.findElement(By.xpath("//button[text()='Sign']")).click();
        wait.until(d -> d.getPageSource().contains("matches the release as it is"));
        assertThat(browser.getPageSource()).contains("Administrator (admin)");
        screenshot("release");

        documents();

        browser.get(url("/audit"));
        String audit = browser.findElement(By.tagName("main")).getText();
        assertThat(audit)
                .contains("Chain intact")
                .contains("release.uploaded")
                .contains("finding.decided")
                .contains("release.signed")
                .contains("document.generated")
                .contains("product.created");
        screenshot("audit");

        monitorTriageSignPublish(wait);
    }

    /**
     * Issue 14 item 7: generate the FDA set on the signed release's page (htmx swaps the section in), see every
     * document listed with its SHA-256 and the signature counted, and download one with the browser's session:
     * the bytes are the listed hash.
     */
    private void documents() throws IOException {
        WebElement section = browser.findElement(By.id("documents"));
        new Select(section.findElement(By.name("set"))).selectByValue("fda");
        new Select(section.findElement(By.name("format"))).selectByValue("pdf");
        section.findElement(By.xpath(".//button[text()='Generate']")).click();
        screenshot("documents-generating");
        // Synchronous and seconds long per document: a loaded machine needs minutes for the whole set.
        new WebDriverWait(browser, Duration.ofSeconds(600))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d ->
                        d.findElements(By.cssSelector("#documents tbody tr a")).size() >= 7);
        List<WebElement> rows = browser.findElements(By.cssSelector("#documents tbody tr"));
        assertThat(rows.get(0).getText()).as("the risk management report first").contains("GLUCOFLOW-FDA-SRMR");
        assertThat(rows).allSatisfy(r -> assertThat(r.getText())
                .contains("GLUCOFLOW-FDA-")
                .containsPattern("[0-9a-f]{64}")
                .doesNotContain("generate again"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView(true)", browser.findElement(By.id("documents")));
        screenshot("documents");

        WebElement first = rows.get(0);
        String href = first.findElement(By.tagName("a")).getAttribute("href");
        String listed = first.findElement(By.cssSelector("code.hash")).getText();
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                                    .header("Cookie", cookies)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).as(href).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
            assertThat(dev.vigil.server.audit.Sha256.hex(pdf.body())).isEqualTo(listed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }

        // The hospital's form, listed after the documents.
        browser.findElement(By.xpath("//button[text()='Generate MDS2']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(300))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("documents")).getText().contains("GLUCOFLOW-MDS2"));
        List<WebElement> withForm = browser.findElements(By.cssSelector("#documents tbody tr"));
        assertThat(withForm.get(withForm.size() - 1).getText())
                .contains("GLUCOFLOW-MDS2")
                .contains("xlsx")
                .contains("no approval block");
    }

    /**
     * Item 6-7 of issue 13: point the monitor at a feed folder, import; the re-check job opens a draft case on
     * the release; triage it, sign and publish; fetch the provider metadata and the advisory over HTTP and
     * validate the advisory with the engine's validator and, where node and the BSI library are installed, theirs.
     */
    private void monitorTriageSignPublish(WebDriverWait wait) throws IOException {
        Path feed = Files.createTempDirectory("journey-feed");
        Files.writeString(
                feed.resolve("GHSA-journey-0001.json"),
                dev.vigil.server.monitoring.MonitoringFixtures.osv(
                        "GHSA-journey-0001", "CVE-2026-41001", "examplelib"));
        browser.get(url("/monitoring"));
        WebElement folder = browser.findElement(By.name("folder"));
        folder.clear();
        folder.sendKeys(feed.toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[text()='Set folder']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/monitoring"));
        browser.findElement(By.xpath("//button[text()='Import now']")).click();
        wait.until(d -> d.findElement(By.id("imports")).getText().contains("1 new"));
        screenshot("monitoring");

        // The re-check is a queued job: on a loaded machine it may wait minutes for its turn.
        WebDriverWait jobs = new WebDriverWait(browser, Duration.ofSeconds(300));
        jobs.until(d -> {
            d.get(url("/cases"));
            return d.findElement(By.id("cases")).getText().contains("feed-CVE-2026-41001");
        });
        assertThat(browser.findElement(By.id("cases")).getText())
                .contains("draft")
                .contains("feed");
        browser.findElement(By.linkText("feed-CVE-2026-41001")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("feed-CVE-2026-41001"));
        assertThat(browser.findElement(By.id("case-release")).getText()).isEqualTo("2.4.0");
        assertThat(browser.findElement(By.id("decision")).getText()).isIn("controlled", "uncontrolled");
        assertThat(browser.findElement(By.id("case-releases")).getText())
                .contains("pump")
                .contains("examplelib");

        WebElement triage = browser.findElement(By.id("triage"));
        new Select(triage.findElement(By.name("state"))).selectByValue("triage");
        triage.findElement(By.name("assignee")).sendKeys("admin");
        triage.findElement(By.xpath(".//button[text()='Update']")).click();
        wait.until(d -> d.findElement(By.id("case-state")).getText().equals("triage"));

        WebElement publish = browser.findElement(By.id("publish"));
        new Select(publish.findElement(By.name("meaning"))).selectByValue("approval");
        publish.findElement(By.name("password")).sendKeys(ServerTestEnvironment.ADMIN_PASSWORD);
        publish.findElement(By.xpath(".//button[text()='Sign and publish']")).click();
        wait.until(d -> d.findElement(By.id("publications")).getText().contains(".json"));
        screenshot("case");
        String documentPath =
                browser.findElement(By.cssSelector("#publications a")).getAttribute("href");

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String metadata = get(http, url("/.well-known/csaf/provider-metadata.json"));
        assertThat(metadata).contains("\"metadata_version\"").contains("/.well-known/csaf/white/");
        String advisory = get(http, documentPath);
        assertThat(get(http, documentPath + ".sha256")).startsWith(dev.vigil.server.audit.Sha256.hex(advisory));
        com.fasterxml.jackson.databind.JsonNode doc =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(advisory);
        assertThat(new dev.vigil.engine.postmarket.csaf.CsafValidator().validate(doc))
                .isEmpty();
        Path saved = Files.writeString(Files.createTempDirectory("journey-csaf").resolve("advisory.json"), advisory);
        assertThat(bsiFailures(saved))
                .as("the BSI csaf-validator-lib's schema and mandatory tests")
                .isEmpty();
    }

    private static String get(java.net.http.HttpClient http, String address) throws IOException {
        try {
            java.net.http.HttpResponse<String> response = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(address))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(address).isEqualTo(200);
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The tests the BSI library failed; empty, with a message, where node or the library is not installed. */
    private static List<String> bsiFailures(Path file) throws IOException {
        Path tool = Path.of("..", "tools", "csaf-validator").toAbsolutePath().normalize();
        if (!Files.isDirectory(tool.resolve("node_modules/@secvisogram/csaf-validator-lib"))) {
            System.out.println("no " + tool + "/node_modules (npm ci there): the BSI validator is skipped");
            return List.of();
        }
        List<String> command = new java.util.ArrayList<>(List.of(
                "node",
                "validate.mjs",
                "--tests",
                String.join(",", dev.vigil.engine.postmarket.csaf.CsafValidator.MANDATORY_TESTS),
                file.toString()));
        Process p;
        try {
            p = new ProcessBuilder(command)
                    .directory(tool.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            System.out.println("node is not installed: the BSI validator is skipped (" + e.getMessage() + ")");
            return List.of();
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertThat(p.exitValue()).as(out).isZero();
        List<String> failed = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.strip().lines().reduce((a, b) -> b).orElseThrow())
                .get("failed")
                .forEach(n -> failed.add(n.asText()));
        return failed;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static Path copy(String resource, Path to) throws IOException {
        try (InputStream in = BrowserJourneyTest.class.getResourceAsStream("/glucoflow/" + resource)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve("journey-" + name + ".png");
        Files.write(out, png);
        System.out.println("browser journey screenshot: " + out.toAbsolutePath());
    }
}
