//! Rule data made on first use. A session needs one province and its rules, the suffixes of its
//! domains, the general rules, materials and industries its checks look up, and the website
//! checks only when it describes a website. The generated built-in data (`builtin_data.rs`,
//! written by `bake.rs`) has one function per entry of these lists (per province for its rules,
//! one for each whole group); `Parts` calls one when its entry is first asked for, so starting the
//! wizard on a saved session makes one province's rules, not 31, and a few suffixes, not 216
//! (DESIGN.md §4 startup).
//! Data read from YAML (a `--rules` folder, the tests) is parsed whole and stored already read.

use std::borrow::Cow;
use std::sync::OnceLock;

/// Keyed entries in data order; a key may hold one item (a suffix) or a group (a province's
/// rules). Lookups go through `sorted`, a permutation of the entries by key.
#[derive(Debug, Clone)]
pub(crate) struct Parts<T> {
    entries: Vec<Entry<T>>,
    sorted: Vec<usize>,
}

/// A list as the generated data holds it: each entry's key and the function that makes it, in
/// data order, and the entries' indexes by key.
#[cfg_attr(icp_prep_rules_from_yaml, allow(dead_code))]
pub(crate) struct Built<T: 'static> {
    pub sorted: &'static [usize],
    pub entries: &'static [Maker<T>],
}

/// An entry's key and the function that makes its value.
#[cfg_attr(icp_prep_rules_from_yaml, allow(dead_code))]
pub(crate) type Maker<T> = (&'static str, fn() -> T);

#[derive(Clone)]
struct Entry<T> {
    key: Cow<'static, str>,
    /// Makes the built-in value on first use (`None` when `value` came read).
    make: Option<fn() -> T>,
    /// Boxed: the list of 216 suffixes would otherwise hold room for 216 of them before any is
    /// made, 70 KB of memory touched (a page fault per 4 KiB) at every start.
    value: OnceLock<Box<T>>,
}

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

impl<T> Parts<T> {
    /// Entries still to be made, as the generated data lists them (sorted by key there).
    #[cfg_attr(icp_prep_rules_from_yaml, allow(dead_code))]
    pub(crate) fn built(list: &Built<T>) -> Self {
        let entries = list
            .entries
            .iter()
            .map(|&(key, make)| Entry {
                key: Cow::Borrowed(key),
                make: Some(make),
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
                make: None,
                value: OnceLock::from(Box::new(value)),
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

    /// `other`'s entries after these, none of them read here. Both indexes are sorted, so they
    /// are merged rather than sorted again (seven files add general rules at every start).
    pub(crate) fn extend(&mut self, other: Parts<T>) {
        if self.entries.is_empty() {
            *self = other;
            return;
        }
        let offset = self.entries.len();
        let mut sorted = Vec::with_capacity(self.sorted.len() + other.sorted.len());
        let (mut a, mut b) = (
            self.sorted.iter().peekable(),
            other.sorted.iter().peekable(),
        );
        while let (Some(&&i), Some(&&j)) = (a.peek(), b.peek()) {
            // Among equal keys this list's entry first: the later entry sorts last.
            if self.entries[i].key.as_ref() <= other.entries[j].key.as_ref() {
                sorted.push(i);
                a.next();
            } else {
                sorted.push(j + offset);
                b.next();
            }
        }
        sorted.extend(a.copied());
        sorted.extend(b.map(|j| j + offset));
        self.entries.extend(other.entries);
        self.sorted = sorted;
    }

    /// Every entry read, then taken out with its key (to add to or replace the data).
    pub(crate) fn into_read(self) -> Vec<(String, T)> {
        self.entries
            .into_iter()
            .map(|e| {
                let key = e.key.as_ref().to_string();
                let make = e.make;
                let v = match e.value.into_inner() {
                    Some(v) => *v,
                    None => made(&key, make),
                };
                (key, v)
            })
            .collect()
    }
}

fn value<T>(entry: &Entry<T>) -> &T {
    entry
        .value
        .get_or_init(|| Box::new(made(entry.key.as_ref(), entry.make)))
}

/// Every entry has a value or a function that makes one (`built` and `read` give each one of
/// them), so this stops only on a bug in this module, with the entry named; the panic hook
/// gives the terminal back first.
fn made<T>(key: &str, make: Option<fn() -> T>) -> T {
    match make {
        Some(make) => make(),
        None => panic!("rule data entry {key} has neither a value nor a maker (a bug)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static LIST: Built<Vec<u32>> = Built {
        sorted: &[1, 0, 2],
        entries: &[("b", || vec![2]), ("a", || vec![1]), ("c", || vec![3, 4])],
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
        // Debug output names every entry and shows only the values made.
        let shown = format!("{p:?}");
        assert!(
            shown.contains("\"a\"") && shown.contains("[3, 4]") && !shown.contains("[2]"),
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
        static MORE: Built<Vec<u32>> = Built {
            sorted: &[0, 1],
            entries: &[("a", || vec![7]), ("d", || vec![8])],
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

    proptest::proptest! {
        /// Merging the indexes gives what sorting all entries again gives (equal keys kept in
        /// data order), for lists of any keys, repeats included.
        #[test]
        fn extending_merges_to_the_index_sorting_gives(
            lists in proptest::collection::vec(
                proptest::collection::vec("[a-d]{0,2}", 0..6), 1..5),
        ) {
            let mut merged: Parts<usize> = Parts::default();
            let mut all = Vec::new();
            for list in &lists {
                let start = all.len();
                all.extend(list.iter().cloned());
                let numbered = list.iter().cloned().enumerate().map(|(i, k)| (k, start + i));
                merged.extend(Parts::read(numbered));
            }
            let whole = Parts::read(all.iter().cloned().enumerate().map(|(i, k)| (k, i)));
            proptest::prop_assert_eq!(&merged.sorted, &whole.sorted);
            for k in &all {
                proptest::prop_assert_eq!(merged.get(k), whole.get(k));
            }
        }
    }
}
