// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracketview.h"

#include <QFontMetricsF>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGRectangleNode>
#include <QSGRendererInterface>
#include <QSGTextNode>
#include <QSGVertexColorMaterial>
#include <QTextLayout>

#include <algorithm>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

constexpr qreal stripeWidth = 5;
constexpr qreal textPadding = 10;
// Below this on-screen font size text is unreadable: boxes are drawn without it.
constexpr qreal minimumReadablePixels = 4;

QSGGeometryNode *makeGeometryNode(const QSGGeometry::AttributeSet &attributes, unsigned mode, QSGMaterial *material)
{
    auto *node = new QSGGeometryNode;
    auto *geometry = new QSGGeometry(attributes, 0);
    geometry->setDrawingMode(mode);
    geometry->setLineWidth(1);
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    node->setMaterial(material);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

// The scene graph of a bracket: everything under one transform.
struct BracketNode : QSGTransformNode {
    QSGGeometryNode *fills = nullptr;
    QSGGeometryNode *lines = nullptr;
    QSGGeometryNode *highlight = nullptr;
    QSGNode *text = nullptr;
    // The software renderer cannot draw geometry nodes: there, the same quads and lines are
    // rectangle nodes under this container.
    QSGNode *rectangles = nullptr;

    BracketNode()
    {
        fills = makeGeometryNode(
            QSGGeometry::defaultAttributes_ColoredPoint2D(), QSGGeometry::DrawTriangles, new QSGVertexColorMaterial);
        lines = makeGeometryNode(
            QSGGeometry::defaultAttributes_Point2D(), QSGGeometry::DrawLines, new QSGFlatColorMaterial);
        highlight = makeGeometryNode(
            QSGGeometry::defaultAttributes_Point2D(), QSGGeometry::DrawLines, new QSGFlatColorMaterial);
        text = new QSGNode;
        rectangles = new QSGNode;
        appendChildNode(rectangles);
        appendChildNode(fills);
        appendChildNode(lines);
        appendChildNode(highlight);
        appendChildNode(text);
    }
};

// What a bracket is drawn with: filled rectangles and axis-aligned line segments.
} // namespace

struct Primitives {
    std::vector<std::pair<QRectF, QColor>> quads;
    std::vector<QLineF> lines;

    void outline(const QRectF &r)
    {
        lines.insert(lines.end(),
            {QLineF(r.topLeft(), r.topRight()), QLineF(r.topRight(), r.bottomRight()),
                QLineF(r.bottomRight(), r.bottomLeft()), QLineF(r.bottomLeft(), r.topLeft())});
    }
};

namespace {

void addQuad(std::vector<QSGGeometry::ColoredPoint2D> &out, const QRectF &r, const QColor &c)
{
    const auto v = [&](qreal x, qreal y) {
        QSGGeometry::ColoredPoint2D p;
        p.set(float(x), float(y), uchar(c.red()), uchar(c.green()), uchar(c.blue()), uchar(c.alpha()));
        return p;
    };
    out.insert(out.end(),
        {v(r.left(), r.top()), v(r.right(), r.top()), v(r.left(), r.bottom()), v(r.right(), r.top()),
            v(r.right(), r.bottom()), v(r.left(), r.bottom())});
}

template<typename Vertex> void upload(QSGGeometryNode *node, const std::vector<Vertex> &vertices)
{
    auto *geometry = node->geometry();
    geometry->allocate(int(vertices.size()));
    std::copy(vertices.begin(), vertices.end(), static_cast<Vertex *>(geometry->vertexData()));
    node->markDirty(QSGNode::DirtyGeometry);
}

void uploadLines(QSGGeometryNode *node, const std::vector<QLineF> &lines)
{
    std::vector<QSGGeometry::Point2D> vertices;
    vertices.reserve(lines.size() * 2);
    for (const auto &line : lines) {
        QSGGeometry::Point2D a, b;
        a.set(float(line.x1()), float(line.y1()));
        b.set(float(line.x2()), float(line.y2()));
        vertices.insert(vertices.end(), {a, b});
    }
    upload(node, vertices);
}

void setFlatColour(QSGGeometryNode *node, const QColor &colour)
{
    static_cast<QSGFlatColorMaterial *>(node->material())->setColor(colour);
    node->markDirty(QSGNode::DirtyMaterial);
}

// One line of text at a position, elided to a width, as a layout the text node can take.
void addText(QSGTextNode *node, std::vector<std::unique_ptr<QTextLayout>> &keep, const QString &text, const QFont &font,
    QPointF topLeft, qreal width, Qt::Alignment align = Qt::AlignLeft)
{
    const QFontMetricsF metrics(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, width);
    auto layout = std::make_unique<QTextLayout>(shown, font);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    line.setLineWidth(width);
    layout->endLayout();
    const qreal x = align & Qt::AlignRight ? topLeft.x() + width - line.naturalTextWidth() : topLeft.x();
    node->addTextLayout(QPointF(x, topLeft.y()), layout.get());
    keep.push_back(std::move(layout));
}

} // namespace

BracketView::BracketView(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    setClip(true);
    connect(this, &BracketView::coloursChanged, this, [this] { markDirty(Geometry | Highlight | Text); });
}

void BracketView::setBracket(PhaseBracket *bracket)
{
    if (bracket == m_bracket)
        return;
    if (m_bracket)
        disconnect(m_bracket, nullptr, this, nullptr);
    m_bracket = bracket;
    if (m_bracket)
        connect(m_bracket, &PhaseBracket::changed, this, [this] { markDirty(Geometry | Highlight | Text); });
    markDirty(Geometry | Highlight | Text);
    Q_EMIT bracketChanged();
}

void BracketView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    markDirty(Transform);
    Q_EMIT viewChanged();
}

void BracketView::setContentX(qreal x)
{
    if (qFuzzyCompare(x + 1, m_contentX + 1))
        return;
    m_contentX = x;
    markDirty(Transform);
    Q_EMIT viewChanged();
}

void BracketView::setContentY(qreal y)
{
    if (qFuzzyCompare(y + 1, m_contentY + 1))
        return;
    m_contentY = y;
    markDirty(Transform);
    Q_EMIT viewChanged();
}

void BracketView::setHighlightedEntrant(qint64 entrant)
{
    if (entrant == m_highlightedEntrant)
        return;
    m_highlightedEntrant = entrant;
    markDirty(Highlight);
    Q_EMIT highlightedEntrantChanged();
}

void BracketView::setSelectedMatch(qint64 match)
{
    if (match == m_selectedMatch)
        return;
    m_selectedMatch = match;
    markDirty(Highlight);
    Q_EMIT selectedMatchChanged();
}

void BracketView::fitToView()
{
    if (!m_bracket || width() <= 0 || height() <= 0)
        return;
    const auto size = m_bracket->size();
    if (size.isEmpty())
        return;
    setZoom(std::min({width() / size.width(), height() / size.height(), 1.0}));
    setContentX((size.width() - width() / m_zoom) / 2);
    setContentY((size.height() - height() / m_zoom) / 2);
}

void BracketView::zoomAt(qreal factor, QPointF viewPoint)
{
    const QPointF anchor = toLayout(viewPoint);
    setZoom(m_zoom * factor);
    setContentX(anchor.x() - viewPoint.x() / m_zoom);
    setContentY(anchor.y() - viewPoint.y() / m_zoom);
}

void BracketView::panBy(qreal dx, qreal dy)
{
    setContentX(m_contentX - dx / m_zoom);
    setContentY(m_contentY - dy / m_zoom);
}

void BracketView::centreOn(qint64 match)
{
    if (!m_bracket)
        return;
    const auto *box = m_bracket->layout().box(match);
    if (!box)
        return;
    setZoom(std::max(m_zoom, 0.8));
    setContentX(box->rect.center().x() - width() / m_zoom / 2);
    setContentY(box->rect.center().y() - height() / m_zoom / 2);
}

qint64 BracketView::matchAt(QPointF viewPoint) const
{
    if (!m_bracket)
        return 0;
    const auto *box = m_bracket->layout().boxAt(toLayout(viewPoint));
    return box ? box->match : 0;
}

qint64 BracketView::entrantAt(QPointF viewPoint) const
{
    if (!m_bracket)
        return 0;
    const QPointF point = toLayout(viewPoint);
    const auto *box = m_bracket->layout().boxAt(point);
    if (!box)
        return 0;
    const auto *match = m_bracket->match(box->match);
    const int slot = point.y() < box->rect.center().y() ? 0 : 1;
    const auto &s = match->slots[std::size_t(slot)];
    return s.isEntrant() ? s.entrant : 0;
}

QPointF BracketView::toLayout(QPointF viewPoint) const
{
    return QPointF(m_contentX + viewPoint.x() / m_zoom, m_contentY + viewPoint.y() / m_zoom);
}

QRectF BracketView::visibleLayoutRect() const
{
    return QRectF(m_contentX, m_contentY, width() / m_zoom, height() / m_zoom);
}

void BracketView::markDirty(int what)
{
    m_dirty |= what;
    update();
}

void BracketView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    markDirty(Transform);
}

void BracketView::emitRectangles(QSGNode *container, const Primitives &boxes, const Primitives &highlight)
{
    while (auto *child = container->firstChild()) {
        container->removeChildNode(child);
        delete child;
    }
    m_lineZoom = m_zoom;
    const qreal width = 1 / m_zoom;
    const auto add = [&](const QRectF &rect, const QColor &colour) {
        auto *node = window()->createRectangleNode();
        node->setRect(rect);
        node->setColor(colour);
        container->appendChildNode(node);
    };
    const auto addLines = [&](const std::vector<QLineF> &lines, const QColor &colour) {
        for (const auto &line : lines) {
            const QRectF span = QRectF(line.p1(), line.p2()).normalized();
            add(span.adjusted(-width / 2, -width / 2, width / 2, width / 2), colour);
        }
    };
    for (const auto &[rect, colour] : boxes.quads)
        add(rect, colour);
    addLines(boxes.lines, m_lineColour);
    addLines(highlight.lines, m_accentColour);
}

QSGNode *BracketView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *root = static_cast<BracketNode *>(old);
    if (!root) {
        root = new BracketNode;
        m_dirty = Geometry | Transform | Highlight | Text;
    }
    const bool hasBracket = m_bracket && !m_bracket->matches().empty();

    if (m_dirty & Transform) {
        QMatrix4x4 matrix;
        matrix.scale(float(m_zoom), float(m_zoom));
        matrix.translate(float(-m_contentX), float(-m_contentY));
        root->setMatrix(matrix);
        // Text is remade only when the view leaves the area it covers or the zoom changes a lot.
        const bool readable = m_zoom * m_fontPixelSize >= minimumReadablePixels;
        if (!m_textArea.contains(visibleLayoutRect())
            || (readable != (m_textZoom * m_fontPixelSize >= minimumReadablePixels)))
            m_dirty |= Text;
    }

    const bool software = window() && window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
    // Software lines are rectangles in layout units: keep them one pixel wide at this zoom.
    if (software && (m_dirty & Transform) && !qFuzzyCompare(m_lineZoom, m_zoom))
        m_dirty |= Geometry | Highlight;

    if (m_dirty & (Geometry | Highlight)) {
        Primitives boxes;
        Primitives highlight;
        if (hasBracket) {
            const auto &layout = m_bracket->layout();
            boxes.quads.reserve(layout.boxes().size() * 2);
            boxes.lines.reserve(layout.boxes().size() * 5 + layout.connectors().size() * 3);
            for (const auto &box : layout.boxes()) {
                if (!box.visible)
                    continue;
                const auto *match = m_bracket->match(box.match);
                boxes.quads.emplace_back(box.rect, m_boxColour);
                boxes.quads.emplace_back(
                    QRectF(box.rect.topLeft(), QSizeF(stripeWidth, box.rect.height())), m_bracket->matchColour(*match));
                boxes.outline(box.rect);
                boxes.lines.emplace_back(
                    box.rect.left() + stripeWidth, box.rect.center().y(), box.rect.right(), box.rect.center().y());
                const bool onPath = m_highlightedEntrant != 0
                    && std::any_of(match->slots.begin(), match->slots.end(),
                        [&](const Slot &s) { return s.isEntrant() && s.entrant == m_highlightedEntrant; });
                if (onPath || box.match == m_selectedMatch) {
                    highlight.outline(box.rect.adjusted(-1, -1, 1, 1));
                    highlight.outline(box.rect.adjusted(-2, -2, 2, 2));
                }
            }
            for (const auto &connector : layout.connectors()) {
                for (qsizetype i = 1; i < connector.path.size(); ++i)
                    boxes.lines.emplace_back(connector.path[i - 1], connector.path[i]);
            }
        }
        if (software) {
            emitRectangles(root->rectangles, boxes, highlight);
            // The software renderer places added nodes with the transform and clip of their
            // parents only when it walks the subtree again: make it.
            root->markDirty(QSGNode::DirtyMatrix);
        } else {
            std::vector<QSGGeometry::ColoredPoint2D> fills;
            fills.reserve(boxes.quads.size() * 6);
            for (const auto &[rect, colour] : boxes.quads)
                addQuad(fills, rect, colour);
            upload(root->fills, fills);
            uploadLines(root->lines, boxes.lines);
            uploadLines(root->highlight, highlight.lines);
            setFlatColour(root->lines, m_lineColour);
            setFlatColour(root->highlight, m_accentColour);
        }
    }

    if ((m_dirty & Text) && window()) {
        while (auto *child = root->text->firstChild()) {
            root->text->removeChildNode(child);
            delete child;
        }
        const QRectF visible = visibleLayoutRect();
        m_textArea
            = visible.adjusted(-visible.width() / 2, -visible.height() / 2, visible.width() / 2, visible.height() / 2);
        m_textZoom = m_zoom;
        if (hasBracket && m_zoom * m_fontPixelSize >= minimumReadablePixels) {
            QFont font;
            font.setPixelSize(int(m_fontPixelSize));
            QFont bold = font;
            bold.setBold(true);
            QFont titleFont = bold;
            titleFont.setPixelSize(int(m_fontPixelSize * 1.1));
            QFont numberFont = font;
            numberFont.setPixelSize(std::max(1, int(m_fontPixelSize * 0.75)));
            const qreal numberWidth = m_fontPixelSize * 3;
            auto *names = window()->createTextNode();
            auto *muted = window()->createTextNode();
            names->setColor(m_textColour);
            muted->setColor(m_lineColour);
            std::vector<std::unique_ptr<QTextLayout>> layouts;
            const auto &layout = m_bracket->layout();
            const qreal scoreWidth = m_fontPixelSize * 2;
            for (const auto &box : layout.boxes()) {
                if (!box.visible || !m_textArea.intersects(box.rect))
                    continue;
                const auto *match = m_bracket->match(box.match);
                // The match's number, as organisers call it and as "Winner of M12" refers to it.
                addText(muted, layouts, u"M%1"_s.arg(m_bracket->matchNumber(box.match)), numberFont,
                    box.rect.topLeft() + QPointF(-numberWidth - textPadding, 0), numberWidth, Qt::AlignRight);
                for (int slot = 0; slot < 2; ++slot) {
                    const QRectF area = BracketLayout::slotRect(box.rect, slot);
                    const bool known = match->slots[std::size_t(slot)].isEntrant();
                    const bool winner = match->completed() && match->result.winner == slot;
                    const qreal textTop = area.center().y() - m_fontPixelSize * 0.65;
                    const qreal left = area.left() + stripeWidth + textPadding;
                    addText(known ? names : muted, layouts, m_bracket->slotText(*match, slot), winner ? bold : font,
                        QPointF(left, textTop), area.right() - left - scoreWidth - textPadding);
                    const QString score = m_bracket->slotScore(*match, slot);
                    if (!score.isEmpty())
                        addText(names, layouts, score, winner ? bold : font,
                            QPointF(area.right() - textPadding - scoreWidth, textTop), scoreWidth, Qt::AlignRight);
                }
            }
            for (const auto &title : layout.titles()) {
                if (m_textArea.intersects(title.rect))
                    addText(muted, layouts, title.text, titleFont, title.rect.topLeft() + QPointF(0, 6),
                        title.rect.width());
            }
            names->setFlag(QSGNode::OwnedByParent);
            muted->setFlag(QSGNode::OwnedByParent);
            root->text->appendChildNode(names);
            root->text->appendChildNode(muted);
        }
    }

    m_dirty = 0;
    return root;
}
