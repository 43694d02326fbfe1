import Foundation
import Testing

/// The README stays a front door and the manual in docs/ holds no link to a page or heading that is gone.
@Suite("The README and the manual in docs/")
struct ManualLinksTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// README.md and every Markdown file in docs/.
    static func pages() throws -> [URL] {
        let docs = root.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted()
        return [root.appendingPathComponent("README.md")] + names.map { docs.appendingPathComponent($0) }
    }

    @Test("the README is a front door: under 200 lines")
    func readmeIsShort() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(lines < 200, "README.md has \(lines) lines: the manual belongs in docs/")
    }

    @Test("every relative link in the README and docs/ points to a file that exists, and to a heading it has")
    func linksResolve() throws {
        for page in try Self.pages() {
            let text = try String(contentsOf: page, encoding: .utf8)
            for link in MarkdownText.links(in: text) where !link.contains("://") && !link.hasPrefix("mailto:") {
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0])
                let target = path.isEmpty ? page : page.deletingLastPathComponent().appendingPathComponent(path).standardized
                #expect(FileManager.default.fileExists(atPath: target.path),
                        "\(page.lastPathComponent) links to \(link): no such file")
                guard parts.count == 2, target.pathExtension == "md",
                      let targetText = try? String(contentsOf: target, encoding: .utf8) else { continue }
                #expect(MarkdownText.anchors(in: targetText).contains(String(parts[1])),
                        "\(page.lastPathComponent) links to \(link): \(target.lastPathComponent) has no such heading")
            }
        }
    }

    @Test("the README and the index of docs/ link to every page of the manual")
    func everyPageIsListed() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let index = try String(contentsOf: Self.root.appendingPathComponent("docs/README.md"), encoding: .utf8)
        let fromReadme = Set(MarkdownText.links(in: readme).map { $0.split(separator: "#").first.map(String.init) ?? $0 })
        let fromIndex = Set(MarkdownText.links(in: index).map { $0.split(separator: "#").first.map(String.init) ?? $0 })
        for page in try Self.pages().dropFirst() where page.lastPathComponent != "README.md" {
            #expect(fromReadme.contains("docs/\(page.lastPathComponent)"), "README.md does not link to docs/\(page.lastPathComponent)")
            #expect(fromIndex.contains(page.lastPathComponent), "docs/README.md does not list \(page.lastPathComponent)")
        }
    }

    @Test("a broken link or a missing heading is noticed (the checker itself)")
    func checkerNotices() {
        #expect(MarkdownText.links(in: "see [a](a.md) and `[b](b.md)` and\n```\n[c](c.md)\n```\n[d](d.md#x)") == ["a.md", "d.md#x"])
        #expect(MarkdownText.anchors(in: "# Set up\n## `baton list --json`\n### Sharing a portfolio (PostgreSQL)\n")
                == ["set-up", "baton-list---json", "sharing-a-portfolio-postgresql"])
        #expect(!MarkdownText.anchors(in: "```\n# not a heading\n```\n").contains("not-a-heading"))
    }
}

/// The little of Markdown the link check needs: inline links outside code, and headings' anchors as GitHub makes them.
enum MarkdownText {
    /// The text outside fenced code blocks, with inline code spans kept (a link's text may be code).
    static func proseLines(_ text: String) -> [String] {
        var inFence = false
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if !inFence { lines.append(String(line)) }
        }
        return lines
    }

    /// The targets of `[text](target)` links outside code blocks and code spans.
    static func links(in text: String) -> [String] {
        var found: [String] = []
        for line in proseLines(text) {
            // A code span that is a link's whole text stays a link; any other (`[b](b.md)` in backticks) is code.
            let outsideCode = line.replacing(/\[`[^`]*`\]/, with: "[code]").replacing(/`[^`]*`/, with: "")
            for match in outsideCode.matches(of: /\]\(([^)\s]+)\)/) {
                found.append(String(match.output.1))
            }
        }
        return found
    }

    /// The anchors of a page's headings: lower case, punctuation dropped, spaces as hyphens.
    static func anchors(in text: String) -> [String] {
        proseLines(text).compactMap { line in
            guard let heading = line.firstMatch(of: /^#{1,6} +(.+)$/) else { return nil }
            let words = heading.output.1.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" }
            return words.replacingOccurrences(of: " ", with: "-")
        }
    }
}
