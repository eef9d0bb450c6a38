/** A PartnerSet as the value of a <select> option, and back. Pure. */
import {
	ALL_PARTNERS,
	type CustomGroup,
	GROUP_IDS,
	type GroupId,
	type PartnerSet
} from '../engine';

/** 'all', 'group:oecd', 'custom:<name>' or 'country:<id>'. */
export function partnerChoiceValue(set: PartnerSet): string {
	switch (set.kind) {
		case 'all':
			return 'all';
		case 'group':
			return `group:${set.id}`;
		case 'custom':
			return `custom:${set.group.name}`;
		case 'country':
			return `country:${set.id}`;
	}
}

/** The set an option value stands for; unknown values (a deleted custom group) fall back to all partners. */
export function partnerSetOfChoice(
	value: string,
	customGroups: readonly CustomGroup[]
): PartnerSet {
	const colon = value.indexOf(':');
	const kind = value.slice(0, colon);
	const id = value.slice(colon + 1);
	if (kind === 'group' && (GROUP_IDS as readonly string[]).includes(id)) {
		return { kind: 'group', id: id as GroupId };
	}
	if (kind === 'custom') {
		const group = customGroups.find((candidate) => candidate.name === id);
		if (group) return { kind: 'custom', group };
	}
	if (kind === 'country' && id) return { kind: 'country', id };
	return ALL_PARTNERS;
}
