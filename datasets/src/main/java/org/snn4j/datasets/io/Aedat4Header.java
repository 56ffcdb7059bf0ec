package org.snn4j.datasets.io;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The start of an AEDAT 4.0 file (iniVation DV): the version line, then a uint32 LE length and
 * the IOHeader flatbuffer (identifier {@code IOHE}):
 * <pre>
 * table IOHeader {
 *   compression: int32 = 0;          // field 0: NONE=0, LZ4=1, LZ4_HIGH=2, ZSTD=3, ZSTD_HIGH=4
 *   dataTablePosition: int64 = -1;   // field 1: byte offset of the FileDataTable, -1 if none
 *   infoNode: string;                // field 2: DV XML describing each stream
 * }
 * </pre>
 *
 * @param compression compression of every packet (see {@link #COMPRESSION_NAMES})
 * @param dataTablePosition byte offset where packets end, or -1 (packets run to the end of file)
 * @param streams the streams described in the XML, in document order
 * @param dataOffset byte offset of the first packet
 */
public record Aedat4Header(int compression, long dataTablePosition, List<Aedat4Stream> streams, int dataOffset) {
    /** The version line (CRLF; LF alone is accepted). */
    public static final String VERSION_LINE = "#!AER-DAT4.0";
    /** Flatbuffer identifier of the IOHeader. */
    public static final String IDENTIFIER = "IOHE";
    /** Names of the compression codes 0..4. */
    public static final List<String> COMPRESSION_NAMES = List.of("NONE", "LZ4", "LZ4_HIGH", "ZSTD", "ZSTD_HIGH");
    /** Largest IOHeader accepted. */
    public static final int MAX_IO_HEADER_BYTES = 16 * 1024 * 1024;

    public Aedat4Header {
        streams = List.copyOf(streams);
    }

    /** The first stream with the given type identifier (e.g. {@link Aedat4Stream#EVENTS}). */
    public Optional<Aedat4Stream> firstOfType(String typeIdentifier) {
        return streams.stream().filter(s -> s.typeIdentifier().equals(typeIdentifier)).findFirst();
    }

    /** Parses the header of an AEDAT 4.0 file held in memory. */
    public static Aedat4Header parse(byte[] data, String source) throws MalformedFileException {
        return parse(data, data.length, source);
    }

    /** Parses the header from the first bytes {@code data} of a file of {@code fileSize} bytes. */
    static Aedat4Header parse(byte[] data, long fileSize, String source) throws MalformedFileException {
        ByteInput in = new ByteInput(data, source);
        if (data.length == 0) {
            throw in.error(0, "empty file, expected " + VERSION_LINE);
        }
        if (!in.startsWith(0, VERSION_LINE)) {
            throw in.error(0, "bad version line, expected " + VERSION_LINE);
        }
        int pos = VERSION_LINE.length();
        if (in.startsWith(pos, "\r\n")) {
            pos += 2;
        } else if (in.startsWith(pos, "\n")) {
            pos += 1;
        } else {
            throw in.error(pos, "version line does not end in CRLF or LF");
        }
        long length = in.leI32(pos) & 0xFFFFFFFFL;
        if (length > MAX_IO_HEADER_BYTES) {
            throw in.error(pos, "IOHeader length " + length + " exceeds " + MAX_IO_HEADER_BYTES);
        }
        FlatBuffer fb = new FlatBuffer(in, pos + 4, length);
        if (!fb.identifier().equals(IDENTIFIER)) {
            throw in.error(pos + 8, "IOHeader identifier '" + fb.identifier() + "', expected " + IDENTIFIER);
        }
        long root = fb.rootTable();
        int compression = fb.int32(root, 0, 0);
        if (compression < 0 || compression >= COMPRESSION_NAMES.size()) {
            throw in.error(pos + 4, "unknown compression code " + compression + ", expected 0..4");
        }
        long tablePos = fb.int64(root, 1, -1);
        String xml = fb.string(root, 2);
        int dataOffset = (int) (pos + 4 + length);
        if (tablePos != -1 && (tablePos < dataOffset || tablePos > fileSize)) {
            throw in.error(pos + 4, "dataTablePosition " + tablePos + " is outside the packet area ["
                    + dataOffset + ", " + fileSize + "]");
        }
        List<Aedat4Stream> streams = xml == null ? List.of() : parseStreams(xml, in, pos + 4);
        return new Aedat4Header(compression, tablePos, streams, dataOffset);
    }

    private static List<Aedat4Stream> parseStreams(String xml, ByteInput in, long at) throws MalformedFileException {
        Element rootElement;
        try {
            rootElement = newBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new MalformedFileException(in.source(), at, "bad IOHeader XML: " + e.getMessage(), e);
        }
        List<Aedat4Stream> streams = new ArrayList<>();
        for (Element outInfo : children(rootElement, "node")) {
            if (!"outInfo".equals(outInfo.getAttribute("name"))) {
                continue;
            }
            for (Element node : children(outInfo, "node")) {
                streams.add(stream(node, in, at));
            }
        }
        return streams;
    }

    private static Aedat4Stream stream(Element node, ByteInput in, long at) throws MalformedFileException {
        try {
            int id = Integer.parseInt(node.getAttribute("name"));
            Element info = children(node, "node").stream()
                    .filter(e -> "info".equals(e.getAttribute("name"))).findFirst().orElse(node);
            String sizeX = attr(info, "sizeX");
            String sizeY = attr(info, "sizeY");
            return new Aedat4Stream(id, attr(node, "typeIdentifier"), sizeX.isEmpty() ? 0 : Integer.parseInt(sizeX),
                    sizeY.isEmpty() ? 0 : Integer.parseInt(sizeY), attr(info, "source"));
        } catch (NumberFormatException e) {
            throw in.error(at, "bad stream description in IOHeader XML: " + e.getMessage());
        }
    }

    private static String attr(Element parent, String key) {
        for (Element a : children(parent, "attr")) {
            if (key.equals(a.getAttribute("key"))) {
                return a.getTextContent().trim();
            }
        }
        return "";
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static DocumentBuilder newBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return b;
    }
}
