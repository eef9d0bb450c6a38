/** Country groups' memberships by period, for the Methods page's table of groups. */
import { GROUP_MEMBERS, type GroupId, type Membership } from '../../engine';

/** Members that joined (and left) in the same years. */
export interface MembershipPeriod {
	/** "1994–" (since 1994), "2012–2016", or '' for members of the whole period. */
	years: string;
	countries: string[];
}

/** The years a membership covers, in a form every language reads: "1994–", "2012–2016", ''. */
export function membershipYears(membership: Membership): string {
	const { from, to } = membership;
	if (from === undefined && to === undefined) return '';
	return `${from ?? ''}–${to ?? ''}`;
}

/** A group's members gathered by period, periods in the order they first appear (accession order). */
export function membershipPeriods(group: GroupId): MembershipPeriod[] {
	const periods = new Map<string, string[]>();
	for (const membership of GROUP_MEMBERS[group]) {
		const years = membershipYears(membership);
		const countries = periods.get(years);
		if (countries) countries.push(membership.country);
		else periods.set(years, [membership.country]);
	}
	return [...periods].map(([years, countries]) => ({ years, countries }));
}
