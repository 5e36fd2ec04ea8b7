// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracketview.h"

#include <QElapsedTimer>
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
#include <cmath>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

constexpr qreal stripeWidth = 5;
constexpr qreal textPadding = 10;
// Below this on-screen font size text is unreadable: boxes are drawn without it.
constexpr qreal minimumReadablePixels = 4;
// Edge of a text tile in layout units: about two columns of eight boxes.
constexpr qreal tileSize = 560;
// Time a frame may spend building the text of tiles around the view (the visible ones are
// always built at once).
constexpr qint64 nearbyTextBudgetNs = 3'000'000;

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

} // namespace

// The scene graph of a bracket: everything under one transform.
struct BracketNode : QSGTransformNode {
    QSGGeometryNode *fills = nullptr;
    QSGGeometryNode *lines = nullptr;
    QSGGeometryNode *highlight = nullptr;
    QSGNode *text = nullptr;
    // The software renderer cannot draw geometry nodes: there, the same quads and lines are
    // rectangle nodes under these containers.
    QSGNode *rectangles = nullptr;
    QSGNode *highlightRectangles = nullptr;
    // Each tile's text, built when first needed; shown tiles are children of `text`, the
    // others are kept here for when the view comes back to them.
    std::vector<QSGNode *> tiles;

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
        highlightRectangles = new QSGNode;
        appendChildNode(rectangles);
        appendChildNode(highlightRectangles);
        appendChildNode(fills);
        appendChildNode(lines);
        appendChildNode(highlight);
        appendChildNode(text);
    }
    ~BracketNode() override { clearTiles(0); }
    BracketNode(const BracketNode &) = delete;
    BracketNode &operator=(const BracketNode &) = delete;

    void clearTiles(std::size_t count)
    {
        for (auto *tile : tiles) {
            if (tile && tile->parent())
                text->removeChildNode(tile);
            delete tile;
        }
        tiles.assign(count, nullptr);
    }
};

// Which boxes and titles each tile of the layout holds, what their text covers, and the
// fonts it is drawn with.
struct TextTiles {
    std::vector<std::vector<std::size_t>> boxes;
    std::vector<std::vector<std::size_t>> titles;
    std::vector<QRectF> bounds;
    QFont font, bold, titleFont, numberFont;
    qreal numberWidth = 0;
    qreal seedWidth = 0;
    qreal scoreWidth = 0;
};

// What a bracket is drawn with: filled rectangles and axis-aligned line segments.
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

// One line of text at a position, elided to a width. Shaped once when it fits (the usual
// case), twice when it has to be elided.
void addText(QSGTextNode *node, const QString &text, const QFont &font, QPointF topLeft, qreal width,
    Qt::Alignment align = Qt::AlignLeft)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    const auto lineOf = [&] {
        layout.beginLayout();
        QTextLine line = layout.createLine();
        layout.endLayout();
        return line;
    };
    QTextLine line = lineOf();
    if (line.naturalTextWidth() > width) {
        layout.setText(QFontMetricsF(font).elidedText(text, Qt::ElideRight, width));
        line = lineOf();
    }
    const qreal x = align & Qt::AlignRight ? topLeft.x() + width - line.naturalTextWidth() : topLeft.x();
    node->addTextLayout(QPointF(x, topLeft.y()), &layout);
}

} // namespace

BracketView::BracketView(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    setClip(true);
    setActiveFocusOnTab(true); // Tab from a page's controls, then the arrows select matches
    connect(this, &BracketView::coloursChanged, this, [this] { markDirty(Geometry | Highlight | Text); });
}

BracketView::~BracketView() = default;

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
    // Centred, but not past the edges of a bracket larger than the view: no half screen of
    // background beside a first-round match.
    const auto place = [](qreal centre, qreal view, qreal extent) {
        const qreal start = centre - view / 2;
        return extent > view ? std::clamp(start, 0.0, extent - view) : start;
    };
    const QSizeF size = m_bracket->size();
    // A start inside the left margin would cut the first column's match numbers ("2" for
    // "M2"): show the whole margin instead.
    const qreal x = place(box->rect.center().x(), width() / m_zoom, size.width());
    setContentX(x > 0 && x < m_bracket->layout().metrics().margin ? 0 : x);
    setContentY(place(box->rect.center().y(), height() / m_zoom, size.height()));
}

qint64 BracketView::matchTowards(qint64 match, int dx, int dy) const
{
    if (!m_bracket)
        return 0;
    const auto *from = m_bracket->layout().box(match);
    const QPointF origin = from && from->visible ? from->rect.center() : visibleLayoutRect().center();
    const bool anywhere = !from || !from->visible;
    const QPointF direction(dx, dy);
    qint64 best = 0;
    qreal bestScore = 0;
    for (const auto &box : m_bracket->layout().boxes()) {
        if (!box.visible || box.match == match)
            continue;
        const QPointF offset = box.rect.center() - origin;
        const qreal along = QPointF::dotProduct(offset, direction);
        const qreal across = std::abs(QPointF::dotProduct(offset, QPointF(-direction.y(), direction.x())));
        if (!anywhere && along <= 1)
            continue;
        // Straight ahead first: a box level with this one beats a nearer one off to the side.
        const qreal score = anywhere ? QLineF(origin, box.rect.center()).length() : along + 3 * across;
        if (best == 0 || score < bestScore) {
            best = box.match;
            bestScore = score;
        }
    }
    return best;
}

void BracketView::ensureVisible(qint64 match)
{
    if (!m_bracket)
        return;
    const auto *box = m_bracket->layout().box(match);
    if (!box)
        return;
    const qreal margin = m_bracket->layout().metrics().columnGap;
    const QRectF wanted = box->rect.adjusted(-margin, -margin, margin, margin);
    const QRectF seen = visibleLayoutRect();
    if (wanted.left() < seen.left())
        setContentX(wanted.left());
    else if (wanted.right() > seen.right())
        setContentX(wanted.right() - seen.width());
    if (wanted.top() < seen.top())
        setContentY(wanted.top());
    else if (wanted.bottom() > seen.bottom())
        setContentY(wanted.bottom() - seen.height());
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

void BracketView::emitRectangles(QSGNode *container, const Primitives &primitives, const QColor &lineColour)
{
    while (auto *child = container->firstChild()) {
        container->removeChildNode(child);
        delete child;
    }
    const qreal width = 1 / m_zoom;
    const auto add = [&](const QRectF &rect, const QColor &colour) {
        auto *node = window()->createRectangleNode();
        node->setRect(rect);
        node->setColor(colour);
        container->appendChildNode(node);
    };
    for (const auto &[rect, colour] : primitives.quads)
        add(rect, colour);
    for (const auto &line : primitives.lines) {
        const QRectF span = QRectF(line.p1(), line.p2()).normalized();
        add(span.adjusted(-width / 2, -width / 2, width / 2, width / 2), lineColour);
    }
}

QSGNode *BracketView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *root = static_cast<BracketNode *>(old);
    if (!root) {
        root = new BracketNode;
        m_dirty = Geometry | Transform | Highlight | Text;
    }
    m_stats = {};
    const bool hasBracket = m_bracket && !m_bracket->matches().empty();

    if (m_dirty & Transform) {
        QMatrix4x4 matrix;
        matrix.scale(float(m_zoom), float(m_zoom));
        matrix.translate(float(-m_contentX), float(-m_contentY));
        root->setMatrix(matrix);
    }

    const bool software = window() && window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
    // Software lines are rectangles in layout units: keep them one pixel wide at this zoom.
    if (software && (m_dirty & Transform) && !qFuzzyCompare(m_lineZoom, m_zoom))
        m_dirty |= Geometry | Highlight;

    QElapsedTimer timer;
    timer.start();
    if (m_dirty & Geometry) {
        Primitives boxes;
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
            }
            for (const auto &connector : layout.connectors()) {
                for (qsizetype i = 1; i < connector.path.size(); ++i)
                    boxes.lines.emplace_back(connector.path[i - 1], connector.path[i]);
            }
        }
        if (software) {
            emitRectangles(root->rectangles, boxes, m_lineColour);
        } else {
            std::vector<QSGGeometry::ColoredPoint2D> fills;
            fills.reserve(boxes.quads.size() * 6);
            for (const auto &[rect, colour] : boxes.quads)
                addQuad(fills, rect, colour);
            upload(root->fills, fills);
            uploadLines(root->lines, boxes.lines);
            setFlatColour(root->lines, m_lineColour);
        }
        m_stats.geometryNs = timer.nsecsElapsed();
    }

    if (m_dirty & Highlight) {
        timer.restart();
        Primitives highlight;
        if (hasBracket && (m_highlightedEntrant != 0 || m_selectedMatch != 0)) {
            for (const auto &box : m_bracket->layout().boxes()) {
                if (!box.visible)
                    continue;
                const auto *match = m_bracket->match(box.match);
                const bool onPath = m_highlightedEntrant != 0
                    && std::any_of(match->slots.begin(), match->slots.end(),
                        [&](const Slot &s) { return s.isEntrant() && s.entrant == m_highlightedEntrant; });
                if (onPath || box.match == m_selectedMatch) {
                    highlight.outline(box.rect.adjusted(-1, -1, 1, 1));
                    highlight.outline(box.rect.adjusted(-2, -2, 2, 2));
                }
            }
        }
        if (software) {
            emitRectangles(root->highlightRectangles, highlight, m_accentColour);
        } else {
            uploadLines(root->highlight, highlight.lines);
            setFlatColour(root->highlight, m_accentColour);
        }
        m_stats.highlightNs = timer.nsecsElapsed();
    }
    if (software && (m_dirty & (Geometry | Highlight))) {
        m_lineZoom = m_zoom;
        // The software renderer places added nodes with the transform and clip of their
        // parents only when it walks the subtree again: make it.
        root->markDirty(QSGNode::DirtyMatrix);
    }

    if (window()) {
        timer.restart();
        if (m_dirty & Text) {
            m_tiles.reset();
            root->clearTiles(0);
            if (hasBracket)
                makeTiles();
            root->clearTiles(m_tiles ? m_tiles->bounds.size() : 0);
        }
        updateText(root);
        m_stats.textNs = timer.nsecsElapsed();
    }

    m_dirty = 0;
    return root;
}

void BracketView::makeTiles()
{
    const auto &layout = m_bracket->layout();
    auto tiles = std::make_unique<TextTiles>();
    tiles->font.setPixelSize(int(m_fontPixelSize));
    tiles->bold = tiles->font;
    tiles->bold.setBold(true);
    tiles->titleFont = tiles->bold;
    tiles->titleFont.setPixelSize(int(m_fontPixelSize * 1.1));
    tiles->numberFont = tiles->font;
    tiles->numberFont.setPixelSize(std::max(1, int(m_fontPixelSize * 0.75)));
    tiles->numberWidth = m_fontPixelSize * 3;
    tiles->seedWidth = m_fontPixelSize * 1.8; // four digits of the number font (nameArea)
    tiles->scoreWidth = m_fontPixelSize * 2;

    const int columns = std::max(1, int(std::ceil(layout.size().width() / tileSize)));
    const int rows = std::max(1, int(std::ceil(layout.size().height() / tileSize)));
    const auto count = std::size_t(columns) * std::size_t(rows);
    tiles->boxes.resize(count);
    tiles->titles.resize(count);
    tiles->bounds.resize(count);
    const auto tileOf = [&](QPointF point) {
        const int column = std::clamp(int(point.x() / tileSize), 0, columns - 1);
        const int row = std::clamp(int(point.y() / tileSize), 0, rows - 1);
        return std::size_t(row) * std::size_t(columns) + std::size_t(column);
    };
    for (std::size_t i = 0; i < layout.boxes().size(); ++i) {
        const auto &box = layout.boxes()[i];
        if (!box.visible)
            continue;
        const auto tile = tileOf(box.rect.center());
        tiles->boxes[tile].push_back(i);
        // The match number sits left of the box.
        tiles->bounds[tile] |= box.rect.adjusted(-tiles->numberWidth - textPadding, 0, 0, 0);
    }
    for (std::size_t i = 0; i < layout.titles().size(); ++i) {
        const auto &title = layout.titles()[i];
        const auto tile = tileOf(title.rect.center());
        tiles->titles[tile].push_back(i);
        tiles->bounds[tile] |= title.rect;
    }
    m_tiles = std::move(tiles);
}

void BracketView::updateText(BracketNode *root)
{
    const bool readable = m_tiles && m_zoom * m_fontPixelSize >= minimumReadablePixels;
    const QRectF visible = visibleLayoutRect();
    const QRectF nearby
        = visible.adjusted(-visible.width() / 2, -visible.height() / 2, visible.width() / 2, visible.height() / 2);
    bool added = false;
    const auto show = [&](std::size_t tile) {
        if (!root->tiles[tile]->parent()) {
            root->text->appendChildNode(root->tiles[tile]);
            added = true;
        }
        ++m_stats.tilesShown;
    };
    std::vector<std::size_t> waiting;
    for (std::size_t tile = 0; tile < root->tiles.size(); ++tile) {
        QSGNode *node = root->tiles[tile];
        const QRectF &bounds = m_tiles->bounds[tile];
        const bool wanted = readable && !bounds.isEmpty() && bounds.intersects(nearby);
        if (!wanted) {
            if (node && node->parent())
                root->text->removeChildNode(node);
        } else if (node) {
            show(tile);
        } else if (bounds.intersects(visible)) {
            root->tiles[tile] = buildTile(tile);
            ++m_stats.tilesBuilt;
            show(tile);
        } else {
            waiting.push_back(tile);
        }
    }
    // The tiles around the view, nearest first, as far as this frame's budget goes; the next
    // frames do the rest, so that panning finds them ready.
    const QPointF centre = visible.center();
    std::sort(waiting.begin(), waiting.end(), [&](std::size_t a, std::size_t b) {
        return QLineF(centre, m_tiles->bounds[a].center()).length()
            < QLineF(centre, m_tiles->bounds[b].center()).length();
    });
    QElapsedTimer timer;
    timer.start();
    std::size_t next = 0;
    for (; next < waiting.size() && timer.nsecsElapsed() < nearbyTextBudgetNs; ++next) {
        root->tiles[waiting[next]] = buildTile(waiting[next]);
        ++m_stats.tilesBuilt;
        show(waiting[next]);
    }
    m_stats.tilesPending = int(waiting.size() - next);
    // As for the rectangles: the software renderer transforms added nodes only when it
    // walks their parents again.
    if (added && window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software)
        root->markDirty(QSGNode::DirtyMatrix);
    if (m_stats.tilesPending > 0)
        QMetaObject::invokeMethod(this, &QQuickItem::update, Qt::QueuedConnection);
}

QRectF BracketView::nameArea(const QRectF &slot) const
{
    // The seed's column before the name, the score's after it (TextTiles' widths).
    return slot.adjusted(stripeWidth + m_fontPixelSize * 1.8 + textPadding, 0, -m_fontPixelSize * 2 - textPadding, 0);
}

QStringList BracketView::cutTexts() const
{
    QStringList cut;
    if (!m_bracket)
        return cut;
    QFont font;
    font.setPixelSize(int(m_fontPixelSize));
    QFont bold = font;
    bold.setBold(true); // a winner's name, as buildTile draws it
    const QFontMetricsF metrics(font), boldMetrics(bold);
    for (const auto &box : m_bracket->layout().boxes()) {
        if (!box.visible)
            continue;
        const auto *match = m_bracket->match(box.match);
        for (int slot = 0; slot < 2; ++slot) {
            const QString text = m_bracket->slotText(*match, slot);
            const bool winner = match->completed() && match->result.winner == slot;
            if ((winner ? boldMetrics : metrics).horizontalAdvance(text)
                > nameArea(BracketLayout::slotRect(box.rect, slot)).width())
                cut << text;
        }
    }
    return cut;
}

QSGNode *BracketView::buildTile(std::size_t tile) const
{
    const auto &tiles = *m_tiles;
    const auto &layout = m_bracket->layout();
    auto *names = window()->createTextNode();
    auto *muted = window()->createTextNode();
    names->setColor(m_textColour);
    muted->setColor(m_lineColour);
    for (const auto index : tiles.boxes[tile]) {
        const auto &box = layout.boxes()[index];
        const auto *match = m_bracket->match(box.match);
        // The match's number, as organisers call it and as "Winner of M12" refers to it.
        addText(muted, u"M%1"_s.arg(m_bracket->matchNumber(box.match)), tiles.numberFont,
            box.rect.topLeft() + QPointF(-tiles.numberWidth - textPadding, 0), tiles.numberWidth, Qt::AlignRight);
        for (int slot = 0; slot < 2; ++slot) {
            const QRectF area = BracketLayout::slotRect(box.rect, slot);
            const bool known = match->slots[std::size_t(slot)].isEntrant();
            const bool winner = match->completed() && match->result.winner == slot;
            const QFont &font = winner ? tiles.bold : tiles.font;
            const qreal textTop = area.center().y() - m_fontPixelSize * 0.65;
            // The entrant's seed before the name, as the overlays show it.
            if (const int seed = m_bracket->slotSeed(*match, slot))
                addText(muted, QString::number(seed), tiles.numberFont,
                    QPointF(area.left() + stripeWidth, area.center().y() - m_fontPixelSize * 0.5), tiles.seedWidth,
                    Qt::AlignRight);
            const QRectF name = nameArea(area);
            addText(known ? names : muted, m_bracket->slotText(*match, slot), font, QPointF(name.left(), textTop),
                name.width());
            const QString score = m_bracket->slotScore(*match, slot);
            if (!score.isEmpty())
                addText(names, score, font, QPointF(area.right() - textPadding - tiles.scoreWidth, textTop),
                    tiles.scoreWidth, Qt::AlignRight);
        }
    }
    for (const auto index : tiles.titles[tile]) {
        const auto &title = layout.titles()[index];
        addText(muted, title.text, tiles.titleFont, title.rect.topLeft() + QPointF(0, 6), title.rect.width());
    }
    auto *node = new QSGNode;
    node->appendChildNode(names);
    node->appendChildNode(muted);
    return node;
}
