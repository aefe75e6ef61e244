//! Pilot runs (§13): a job tries its action on a few users first, spread across the selection,
//! then pauses until the admin continues with the rest or stops.

use crate::problem::FieldError;

/// The largest pilot an admin may ask for.
pub const PILOT_MAX: u32 = 100;
/// The pilot the Review step proposes, and the smallest selection that offers one.
pub const PILOT_DEFAULT: u32 = 10;
pub const PILOT_MIN_SELECTION: u64 = 20;

/// `pilot` on job creation: 1 to [`PILOT_MAX`], and fewer than the users the selection resolved
/// to, so that there is a rest to continue with.
pub fn check_pilot(pilot: u32, resolved: u64) -> Result<(), FieldError> {
    check_pilot_size(pilot)?;
    let message = if u64::from(pilot) >= resolved {
        format!("Try it on fewer than the {resolved} selected users, or run it on all of them")
    } else {
        return Ok(());
    };
    Err(FieldError { field: "pilot".into(), message })
}

/// The part of [`check_pilot`] that needs no selection: 1 to [`PILOT_MAX`] (the preview's check).
pub fn check_pilot_size(pilot: u32) -> Result<(), FieldError> {
    if (1..=PILOT_MAX).contains(&pilot) {
        return Ok(());
    }
    Err(FieldError {
        field: "pilot".into(),
        message: format!("Try the action on 1 to {PILOT_MAX} users first"),
    })
}

/// A job's pilot seed: the same job always tries the same users (FNV-1a of its id).
pub fn seed_of(job_id: &str) -> u64 {
    job_id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// SplitMix64: a small, well-mixed generator that is the same on every platform.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Positions, ascending, of a pilot of `size` among `len` users: the selection is cut into `size`
/// equal stretches and one position is drawn in each, so the pilot covers the whole selection (not
/// only the lowest ids) and no user is drawn twice. Empty unless `0 < size < len`.
pub fn positions(len: usize, size: usize, seed: u64) -> Vec<usize> {
    if size == 0 || size >= len {
        return Vec::new();
    }
    (0..size)
        .map(|i| {
            // Stretch i is [i·len/size, (i+1)·len/size): never empty since size < len.
            let start = i * len / size;
            let end = (i + 1) * len / size;
            start + (mix(seed ^ mix(i as u64)) % (end - start) as u64) as usize
        })
        .collect()
}

/// The selection cut into the pilot and the rest, each in the selection's order.
pub fn split<T: Clone>(users: &[T], size: usize, seed: u64) -> (Vec<T>, Vec<T>) {
    let chosen = positions(users.len(), size, seed);
    let mut pilot = Vec::with_capacity(chosen.len());
    let mut rest = Vec::with_capacity(users.len() - chosen.len());
    let mut next = chosen.iter().peekable();
    for (at, user) in users.iter().enumerate() {
        if next.next_if(|p| **p == at).is_some() {
            pilot.push(user.clone());
        } else {
            rest.push(user.clone());
        }
    }
    (pilot, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashSet;

    #[test]
    fn the_pilot_size_is_1_to_100_and_smaller_than_the_selection() {
        assert!(check_pilot(10, 11).is_ok());
        assert!(check_pilot(100, 5000).is_ok());
        for (pilot, resolved) in [(0, 50), (101, 5000), (10, 10), (30, 12)] {
            assert_eq!(check_pilot(pilot, resolved).unwrap_err().field, "pilot", "{pilot} of {resolved}");
        }
        assert_eq!(
            check_pilot(10, 10).unwrap_err().message,
            "Try it on fewer than the 10 selected users, or run it on all of them"
        );
    }

    #[test]
    fn the_same_job_tries_the_same_users_and_another_job_others() {
        let users: Vec<u32> = (1..=5000).collect();
        let one = split(&users, 10, seed_of("job-7")).0;
        assert_eq!(one, split(&users, 10, seed_of("job-7")).0);
        assert_ne!(one, split(&users, 10, seed_of("job-8")).0);
    }

    #[test]
    fn the_pilot_is_spread_over_the_selection_not_its_lowest_ids() {
        let users: Vec<u32> = (1..=5000).collect();
        let pilot = split(&users, 10, seed_of("job-1")).0;
        // One user in each tenth of the selection.
        for (tenth, user) in pilot.iter().enumerate() {
            let range = (tenth as u32 * 500 + 1)..=(tenth as u32 + 1) * 500;
            assert!(range.contains(user), "{user} is not in tenth {tenth}: {pilot:?}");
        }
    }

    proptest! {
        #[test]
        fn pilot_and_rest_are_the_selection_with_no_user_twice(
            users in proptest::collection::hash_set(any::<u32>(), 2..600),
            size in 1usize..=100,
            seed in any::<u64>(),
        ) {
            let mut users: Vec<u32> = users.into_iter().collect();
            users.sort_unstable();
            let size = size.min(users.len() - 1);
            let (pilot, rest) = split(&users, size, seed);
            prop_assert_eq!(pilot.len(), size);
            prop_assert_eq!(rest.len(), users.len() - size);
            let mut all: Vec<u32> = pilot.iter().chain(&rest).copied().collect();
            let distinct: HashSet<u32> = all.iter().copied().collect();
            prop_assert_eq!(distinct.len(), all.len(), "a user twice");
            all.sort_unstable();
            prop_assert_eq!(all, users);
        }
    }
}
