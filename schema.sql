-- Adakings schema, version 1. Applied at start when PRAGMA user_version is 0, in one
-- transaction. Later changes go in src/db/migrate.rs as numbered steps.
-- Money columns are INTEGER pesewas. Timestamps are TEXT, ISO-8601 UTC with 6 fractional
-- digits and a Z ("2026-11-26T10:49:02.123456Z"): fixed width, so they sort as times.

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    username    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password    TEXT NOT NULL,               -- argon2id PHC, or a Django pbkdf2_sha256 string
    first_name  TEXT NOT NULL DEFAULT '',
    last_name   TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL CHECK (role IN ('superadmin','admin','frontdesk','kitchen','delivery')),
    staff_id    TEXT NOT NULL UNIQUE,        -- ADAUG-001, ADAUG-002, ...
    is_active   INTEGER NOT NULL DEFAULT 1,
    last_login  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE menu_items (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    item_type    TEXT NOT NULL CHECK (item_type IN ('regular','extra')),
    price        INTEGER NOT NULL CHECK (price > 0),
    is_available INTEGER NOT NULL DEFAULT 1,
    created_by   INTEGER REFERENCES users(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE delivery_locations (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    fee         INTEGER NOT NULL CHECK (fee >= 0),
    is_active   INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE orders (
    id                     INTEGER PRIMARY KEY,
    order_number           TEXT NOT NULL UNIQUE,      -- DDMMYY-NNN
    order_date             TEXT NOT NULL,             -- YYYY-MM-DD (UTC) the number belongs to
    seq                    INTEGER NOT NULL,          -- NNN
    customer_phone         TEXT NOT NULL DEFAULT '',
    delivery_type          TEXT NOT NULL CHECK (delivery_type IN ('Pickup','Delivery')),
    delivery_location_id   INTEGER REFERENCES delivery_locations(id) ON DELETE SET NULL,
    delivery_location_name TEXT,                      -- snapshot at save time
    delivery_location_fee  INTEGER,                   -- snapshot at save time
    status                 TEXT NOT NULL CHECK (status IN
                             ('Pending','Accepted','Ready','Out for Delivery','Fulfilled','Cancelled')),
    delivery_fee           INTEGER NOT NULL DEFAULT 0,
    total_price            INTEGER NOT NULL DEFAULT 0,
    notes                  TEXT NOT NULL DEFAULT '',
    version                INTEGER NOT NULL DEFAULT 1,
    created_by             INTEGER REFERENCES users(id),
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    UNIQUE (order_date, seq)
);
CREATE INDEX orders_created_at ON orders(created_at);
CREATE INDEX orders_status ON orders(status, created_at);
CREATE INDEX orders_phone ON orders(customer_phone);

CREATE TABLE order_items (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    menu_item_id   INTEGER NOT NULL REFERENCES menu_items(id) ON DELETE RESTRICT,
    menu_item_name TEXT NOT NULL,                     -- snapshot
    item_type      TEXT NOT NULL,                     -- snapshot
    quantity       INTEGER NOT NULL CHECK (quantity >= 1),
    unit_price     INTEGER NOT NULL CHECK (unit_price >= 0),
    subtotal       INTEGER NOT NULL,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX order_items_order ON order_items(order_id);
CREATE INDEX order_items_menu ON order_items(menu_item_id);

CREATE TABLE payments (
    id             INTEGER PRIMARY KEY,
    reference      TEXT NOT NULL UNIQUE,              -- uuid4
    order_id       INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    amount         INTEGER NOT NULL CHECK (amount > 0),
    payment_method TEXT NOT NULL,
    payment_type   TEXT NOT NULL CHECK (payment_type IN ('payment','refund')),
    status         TEXT NOT NULL CHECK (status IN ('pending','processing','completed','failed','cancelled')),
    mobile_number  TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created_by     INTEGER REFERENCES users(id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX payments_order ON payments(order_id);
CREATE INDEX payments_created ON payments(created_at);

CREATE TABLE order_status_history (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    from_status TEXT,                                 -- NULL for the initial status
    to_status   TEXT NOT NULL,
    changed_by  TEXT NOT NULL,                        -- username, or 'system' for automatic moves
    changed_at  TEXT NOT NULL
);
CREATE INDEX order_status_history_order ON order_status_history(order_id);

-- The outbox: one row per committed change, written in the change's transaction. The
-- WebSocket hub publishes these after commit and replays them to clients that resume.
CREATE TABLE events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,     -- monotonic, never reused
    kind       TEXT NOT NULL CHECK (kind IN ('item_created','item_updated','item_deleted')),
    order_id   INTEGER NOT NULL,
    payload    TEXT NOT NULL,                         -- Order JSON after the change ({} for deletes)
    created_at TEXT NOT NULL
);
CREATE INDEX events_created ON events(created_at);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER,
    username    TEXT NOT NULL,
    action      TEXT NOT NULL,                        -- create, update, delete, status_change, payment, refund, toggle, login
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    changes     TEXT NOT NULL DEFAULT '{}',           -- JSON
    peer        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX audit_log_created ON audit_log(created_at);

-- Stored responses of mutating requests sent with an Idempotency-Key (kept 24 h).
CREATE TABLE idempotency_keys (
    key         TEXT NOT NULL,
    user_id     INTEGER NOT NULL,
    method      TEXT NOT NULL,
    path        TEXT NOT NULL,
    body_hash   TEXT NOT NULL,
    status      INTEGER NOT NULL,
    response    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_created ON idempotency_keys(created_at);
