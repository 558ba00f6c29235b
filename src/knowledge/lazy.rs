//! Rule data read on first use. A session needs one province and its rules, the suffixes of its
//! domains, the general rules, materials and industries its checks look up, and the website
//! checks only when it describes a website. The build script (build.rs) keeps each of these (and
//! the suffixes' evidence sources, which only the self-check reads) as JSON texts of their own:
//! one per key, or one group per list; `Parts` parses one when it is first asked for, so starting
//! the wizard on a saved session reads one province's rules, not 31, and a few suffixes, not 216
//! (DESIGN.md §4 startup).
//! Data read from YAML (a `--rules` folder, the tests) is parsed whole and stored already read.

use std::borrow::Cow;
use std::sync::OnceLock;

use serde::de::DeserializeOwned;

/// Keyed entries in data order; a key may hold one item (a suffix) or a group (a province's
/// rules). Lookups go through `sorted`, a permutation of the entries by key.
#[derive(Debug, Clone)]
pub(crate) struct Parts<T> {
    entries: Vec<Entry<T>>,
    sorted: Vec<usize>,
}

/// A list as build.rs writes it (`rules_lazy.rs`): every entry's JSON one after another in
/// `text`, each entry's `(key, start, end)` in data order, and the entries' indexes by key.
pub(crate) struct Built {
    pub spans: &'static [(&'static str, usize, usize)],
    pub sorted: &'static [usize],
    pub text: &'static str,
}

#[derive(Clone)]
struct Entry<T> {
    key: Cow<'static, str>,
    /// Where the built-in JSON text is: `(text, start, end)`, parsed into `value` on first use
    /// (empty when `value` came read). Sliced only then: slicing reads the text's bytes.
    json: (&'static str, usize, usize),
    value: OnceLock<T>,
}

/// Without the JSON text: `json` points into the text of every entry of its list.
impl<T: std::fmt::Debug> std::fmt::Debug for Entry<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entry")
            .field("key", &self.key)
            .field("value", &self.value.get())
            .finish()
    }
}

impl<T> Default for Parts<T> {
    fn default() -> Self {
        Parts {
            entries: Vec::new(),
            sorted: Vec::new(),
        }
    }
}

impl<T: DeserializeOwned> Parts<T> {
    /// Entries still to be read, as build.rs wrote them (sorted by key there, not here).
    pub(crate) fn built(list: &Built) -> Self {
        let entries = list
            .spans
            .iter()
            .map(|&(key, start, end)| Entry {
                key: Cow::Borrowed(key),
                json: (list.text, start, end),
                value: OnceLock::new(),
            })
            .collect();
        Parts {
            entries,
            sorted: list.sorted.to_vec(),
        }
    }

    /// Entries already read, in data order.
    pub(crate) fn read(items: impl IntoIterator<Item = (String, T)>) -> Self {
        let entries = items
            .into_iter()
            .map(|(key, value)| Entry {
                key: Cow::Owned(key),
                json: ("", 0, 0),
                value: OnceLock::from(value),
            })
            .collect();
        Self::indexed(entries)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn indexed(entries: Vec<Entry<T>>) -> Self {
        let mut sorted: Vec<usize> = (0..entries.len()).collect();
        // stable: among equal keys the later entry sorts last, and `get` takes the last
        sorted.sort_by(|&a, &b| entries[a].key.as_ref().cmp(entries[b].key.as_ref()));
        Parts { entries, sorted }
    }

    /// The entry under `key` (the last one when the data repeats a key; the self-check reports
    /// the repeat).
    pub(crate) fn get(&self, key: &str) -> Option<&T> {
        let end = self
            .sorted
            .partition_point(|&i| self.entries[i].key.as_ref() <= key);
        let i = *self.sorted.get(end.checked_sub(1)?)?;
        let entry = &self.entries[i];
        (entry.key.as_ref() == key).then(|| value(entry))
    }

    /// Every entry's key in data order, nothing read.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.key.as_ref())
    }

    /// Every entry in data order, each read if it was not yet.
    pub(crate) fn all(&self) -> impl Iterator<Item = &T> {
        self.entries.iter().map(value)
    }

    /// `other`'s entries after these, none of them read here.
    pub(crate) fn extend(&mut self, other: Parts<T>) {
        if self.entries.is_empty() {
            *self = other;
            return;
        }
        let mut entries = std::mem::take(&mut self.entries);
        entries.extend(other.entries);
        *self = Self::indexed(entries);
    }

    /// Every entry read, then taken out with its key (to add to or replace the data).
    pub(crate) fn into_read(self) -> Vec<(String, T)> {
        self.entries
            .into_iter()
            .map(|e| {
                let key = e.key.as_ref().to_string();
                let json = e.json;
                let v = e.value.into_inner().unwrap_or_else(|| parse(&key, json));
                (key, v)
            })
            .collect()
    }
}

fn value<T: DeserializeOwned>(entry: &Entry<T>) -> &T {
    entry
        .value
        .get_or_init(|| parse(entry.key.as_ref(), entry.json))
}

/// The built-in data is compiled into the program, and `tests/knowledge.rs` reads every entry
/// of it on each test run (`Knowledge::builtin_checked`), so a text that does not parse can only
/// be a program built without its tests passing: that stops here with the entry named, and the
/// panic hook gives the terminal back first.
fn parse<T: DeserializeOwned>(key: &str, (text, start, end): (&str, usize, usize)) -> T {
    match serde_json::from_str(text.get(start..end).unwrap_or_default()) {
        Ok(v) => v,
        Err(e) => panic!("built-in rule data for {key} does not read: {e} (a packaging bug)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static LIST: Built = Built {
        spans: &[("b", 0, 3), ("a", 3, 6), ("c", 6, 12)],
        sorted: &[1, 0, 2],
        text: "[2][1][3, 4]",
    };

    #[test]
    fn an_entry_is_read_when_first_asked_for_and_only_then() {
        let p: Parts<Vec<u32>> = Parts::built(&LIST);
        assert_eq!(p.get("c"), Some(&vec![3, 4]));
        let read: Vec<bool> = p.entries.iter().map(|e| e.value.get().is_some()).collect();
        assert_eq!(read, [false, false, true]);
        assert_eq!(p.keys().collect::<Vec<_>>(), ["b", "a", "c"]);
        assert_eq!(
            p.entries.iter().filter(|e| e.value.get().is_some()).count(),
            1
        );
        assert_eq!(p.get("zz"), None);
        // Debug output names the entries without printing the texts of all of them.
        let shown = format!("{p:?}");
        assert!(
            shown.contains("\"a\"") && !shown.contains("[2][1]"),
            "{shown}"
        );
        assert_eq!(p.get(""), None);
        assert_eq!(
            p.all().cloned().collect::<Vec<_>>(),
            [vec![2], vec![1], vec![3, 4]]
        );
    }

    #[test]
    fn lists_put_together_stay_unread_and_the_later_entry_of_a_key_wins() {
        static MORE: Built = Built {
            spans: &[("a", 0, 3), ("d", 3, 6)],
            sorted: &[0, 1],
            text: "[7][8]",
        };
        let mut p: Parts<Vec<u32>> = Parts::built(&LIST);
        p.extend(Parts::built(&MORE));
        assert!(p.entries.iter().all(|e| e.value.get().is_none()));
        assert_eq!(p.get("a"), Some(&vec![7]));
        assert_eq!(p.get("b"), Some(&vec![2]));
        assert_eq!(p.get("d"), Some(&vec![8]));
        assert_eq!(p.get("c"), Some(&vec![3, 4]));
        let read: Vec<bool> = p.entries.iter().map(|e| e.value.get().is_some()).collect();
        assert_eq!(read, [true, false, true, true, true]);
        let mut empty: Parts<Vec<u32>> = Parts::default();
        empty.extend(Parts::built(&MORE));
        assert_eq!(empty.all().count(), 2);
    }

    #[test]
    fn a_repeated_key_finds_its_last_entry() {
        let p = Parts::read([
            ("x".to_string(), 1u32),
            ("y".to_string(), 2),
            ("x".to_string(), 3),
        ]);
        assert_eq!(p.get("x"), Some(&3));
        assert_eq!(p.get("y"), Some(&2));
        assert_eq!(p.all().count(), 3);
    }
}
