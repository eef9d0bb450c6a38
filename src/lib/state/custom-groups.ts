/** Custom country groups kept on this device (localStorage), read back defensively. */
import type { CustomGroup } from '../engine';

const STORAGE_KEY = 'iit-explorer:groups';

/** Keeps only well-formed groups: a non-empty name, members as country ids, names unique. */
export function sanitizeGroups(value: unknown): CustomGroup[] {
	if (!Array.isArray(value)) return [];
	const groups: CustomGroup[] = [];
	for (const entry of value as unknown[]) {
		if (typeof entry !== 'object' || entry === null) continue;
		const { name, members } = entry as { name?: unknown; members?: unknown };
		if (typeof name !== 'string' || !name.trim() || !Array.isArray(members)) continue;
		if (groups.some((group) => group.name === name.trim())) continue;
		const ids = [...new Set(members.filter((id): id is string => typeof id === 'string'))];
		if (ids.length > 0) groups.push({ name: name.trim(), members: ids });
	}
	return groups;
}

/** The groups saved on this device; none when storage is unavailable or holds something else. */
export function loadCustomGroups(): CustomGroup[] {
	try {
		return sanitizeGroups(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]'));
	} catch {
		return [];
	}
}

/** Saves the groups; in private mode they last for this page only. */
export function saveCustomGroups(groups: CustomGroup[]): void {
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(groups));
	} catch {
		// Storage disabled: nothing else to do.
	}
}
