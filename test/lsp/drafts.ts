// Drafts the protocol tests open: short articles of the kind Readout checks.

/** Dated by its front matter; Shoigu had left the ministry by July 2024, and Austin's name is misspelt once. */
export const july2024 = `---
title: Russia's new defence minister calls the Pentagon
date: 2024-07-13
---

# Russia's new defence minister calls the Pentagon

Defence Minister Sergei Shoigu spoke with Lloyd Austin on Friday.

Defence Secretary Llyod Austin is expected to brief NATO allies next week.
`;

/** Plain text with a dateline; nothing in it contradicts the record. */
export const october2022 = `October 22, 2022

US Defense Secretary Lloyd Austin spoke with his Russian counterpart, Defence Minister
Sergei Shoigu, on Friday.
`;

/** No reference date at all: "on Friday" cannot be resolved. */
export const undated = `Defence Minister Sergei Shoigu spoke with Lloyd Austin on Friday.
`;
