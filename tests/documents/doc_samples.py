"""Application views with names in every script the Member States use.

Built directly (no database): the documents only read ``ApplicationView``.
Imported by the tests of this folder as ``doc_samples`` (pytest puts the
folder on ``sys.path``).
"""

from __future__ import annotations

import uuid
from datetime import date

from lunar_desk.services.application_view import (
    ApplicationView,
    AttachmentView,
    MethodView,
    PersonView,
    RequestedItemView,
    TeamMemberView,
)

NAMES = {
    "zh_person": "王晓明",
    "zh_institution": "中国科学院国家天文台",
    "fa_person": "زهرا حسینی",
    "ur_person": "عائشہ خان",
    "th_person": "สมชาย วงศ์สกุล",
    "mn_person": "Батбаяр Гантулга",
    "tr_person": "Çağla Yıldırım",
    "es_person": "José Ñañez Quispe",
}


def person(latin: str, native: str, institution: str, local: str, country: str, email: str) -> PersonView:
    return PersonView(
        id=uuid.uuid4(),
        name_latin=latin,
        name_native=native,
        email=email,
        institution=institution,
        institution_local=local,
        country=country,
    )


def team() -> tuple[TeamMemberView, ...]:
    people = [
        (person("Zahra Hosseini", "زهرا حسینی", "Institute for Research in Fundamental Sciences",
                "پژوهشگاه دانش‌های بنیادی", "Iran", "z.hosseini@ipm.example"), "pi", "Principal investigator"),
        (person("Wang Xiaoming", "王晓明", "National Astronomical Observatories, CAS", "中国科学院国家天文台",
                "China", "wxm@nao.example"), "co", "Co-investigator"),
        (person("Aisha Khan", "عائشہ خان", "Institute of Space Technology", "انسٹی ٹیوٹ آف اسپیس ٹیکنالوجی",
                "Pakistan", "aisha.khan@ist.example"), "co", "Co-investigator"),
        (person("Somchai Wongsakul", "สมชาย วงศ์สกุล", "Chulalongkorn University", "จุฬาลงกรณ์มหาวิทยาลัย",
                "Thailand", "somchai@chula.example"), "co", "Co-investigator"),
        (person("Batbayar Gantulga", "Батбаяр Гантулга", "Mongolian Academy of Sciences",
                "Монгол Улсын Шинжлэх Ухааны Академи", "Mongolia", "batbayar@mas.example"), "member", "Team member"),
        (person("Çağla Yıldırım", "", "Middle East Technical University", "Orta Doğu Teknik Üniversitesi",
                "Türkiye", "cagla@metu.example"), "member", "Team member"),
        (person("José Ñañez Quispe", "", "Universidad Nacional de Ingeniería", "", "Peru",
                "jnanez@uni.example"), "student", "Student"),
    ]
    return tuple(TeamMemberView(person=p, role=r, role_label=label, has_cv=i % 2 == 0)
                 for i, (p, r, label) in enumerate(people))


def make_view(kind: str = "research", *, objectives: str | None = None, reference: str = "APSCO-LS-2025-0007",
              attachments: tuple[AttachmentView, ...] = ()) -> ApplicationView:
    members = team()
    research = kind == "research"
    return ApplicationView(
        id=uuid.uuid4(),
        reference=reference,
        kind=kind,
        kind_label="Research" if research else "Public benefit",
        status="forwarded",
        status_label="Forwarded to CLEP",
        batch_number=8,
        institution="Institute for Research in Fundamental Sciences (IPM)",
        institution_local="پژوهشگاه دانش‌های بنیادی",
        member_state="Iran",
        member_state_zh="伊朗",
        pi=members[0].person,
        title=("Space weathering of Chang'e-6 far-side regolith: nanophase iron and solar-wind water"
               if research else "Moon Rocks of Chang'e: a travelling exhibition for schools in Tehran"),
        objectives=objectives if objectives is not None else (
            "Measure the abundance and size distribution of nanophase iron in CE-6 soil grains.\n\n"
            "Compare solar-wind implanted hydrogen between the near side (CE-5) and the far side (CE-6)."),
        background="Chang'e-5 and Chang'e-6 samples allow a first comparison of near-side and far-side regolith. "
                   "中国科学院国家天文台 (NAOC) keeps the main store.",
        expected_results="Two papers; a data set shared with CLEP; training of 3 students in Iran and Thailand.",
        schedule="Months 1–3: preparation; months 4–9: analyses; months 10–12: reporting to CLEP.",
        lab_facilities="Class-1000 clean room, FIB-SEM, TEM (200 kV), NanoSIMS access through a partner.",
        sample_security="Samples kept in a locked N₂ cabinet; access log; two-person rule.",
        prior_work="Analyses of Apollo 16 and Luna 24 soils (2018–2023), 6 papers.",
        activity="" if research else "A six-week exhibition with lectures and hands-on sessions for pupils aged 10–16.",
        venue="" if research else "Iran National Museum of Science and Technology, Tehran",
        activity_start=None if research else date(2025, 10, 1),
        activity_end=None if research else date(2025, 11, 12),
        audience_size=None if research else 12000,
        display_arrangements="" if research else "Sealed display case with N₂ purge, alarm, guarded 24 h; "
                                                  "no handling by visitors.",
        submitted_on=date(2025, 3, 14),
        forwarded_on=date(2025, 4, 2),
        decided_on=None,
        notes="internal note: not printed",
        team=members,
        methods=(
            MethodView("Transmission electron microscopy", "FEI Talos F200X", True,
                       "FIB sections of ~20 grains; each section consumes the grain."),
            MethodView("Raman spectroscopy", "Renishaw inVia", False, "Non-destructive mapping before FIB."),
        ) if research else (),
        items=(
            RequestedItemView("CE6C0100YJFM00203", "CE-6", "powder", "Powder", 50_000, None, "",
                              "Bulk soil for grain separation (王晓明 will assist)."),
            RequestedItemView(None, "CE-5", "chips", "Rock chips", 12_500, 3, "CE5C0400YJFM00406",
                              "Basalt fragments for comparison with the far side."),
        ) if research else (
            RequestedItemView(None, "CE-5", "display", "Display sample (sealed)", 1_500_000, 1, "",
                              "One sealed display sample for the exhibition."),
        ),
        attachments=attachments,
    )


# --- review: decision letters and round summaries -------------------------------------

from lunar_desk.services.review_view import (  # noqa: E402 - builders added after the application ones
    DecidedItemView,
    DecisionLetterView,
    RoundApplicationSummary,
    RoundSummaryView,
)

#: key of NAMES → index of that person in team()
PI_INDEX = {"fa": 0, "zh": 1, "ur": 2, "th": 3, "mn": 4, "tr": 5, "es": 6}
MEMBER_STATE_ZH = {
    "Iran": "伊朗", "China": "中国", "Pakistan": "巴基斯坦", "Thailand": "泰国", "Mongolia": "蒙古",
    "Türkiye": "土耳其", "Peru": "秘鲁",
}


def decided_item(requested: str, outcome: str, *, requested_ug: int | None = None, requested_pieces: int | None = None,
                 sample_number: str | None = None, approved_ug: int | None = None, approved_pieces: int | None = None,
                 reason: str = "") -> DecidedItemView:
    labels = {"approved": "Approved", "reduced": "Approved, reduced", "rejected": "Rejected"}
    return DecidedItemView(
        requested=requested,
        requested_mass_ug=requested_ug,
        requested_pieces=requested_pieces,
        outcome=outcome,
        outcome_label=labels[outcome],
        sample_number=sample_number,
        approved_mass_ug=approved_ug,
        approved_pieces=approved_pieces,
        reason=reason,
    )


def letter_items(outcome: str) -> tuple[DecidedItemView, ...]:
    """Items of a letter whose application outcome is ``outcome``."""
    if outcome == "approved":
        return (
            decided_item("CE6C0100YJFM00203", "approved", requested_ug=50_000, sample_number="CE6C0100YJFM00203",
                         approved_ug=50_000, reason="Well-justified request for far-side soil."),
            decided_item("Rock chips (CE-5)", "approved", requested_ug=12_500, requested_pieces=3,
                         sample_number="CE5C0400YJFM00406", approved_ug=12_500, approved_pieces=3,
                         reason="Chips available as requested."),
        )
    if outcome == "partially_approved":
        return (
            decided_item("CE6C0100YJFM00203", "reduced", requested_ug=50_000, sample_number="CE6C0100YJFM00203",
                         approved_ug=20_000, reason="20 mg suffice for the TEM sections planned; 样品量已核减。"),
            decided_item("Rock chips (CE-5)", "approved", requested_ug=12_500, requested_pieces=3,
                         sample_number="CE5C0400YJFM00406", approved_ug=12_500, approved_pieces=3,
                         reason="Chips available as requested."),
            decided_item("Thin section (CE-6)", "rejected", requested_pieces=1,
                         reason="No thin sections of CE-6 basalt are available in this batch."),
        )
    return (
        decided_item("CE6C0100YJFM00203", "rejected", requested_ug=50_000,
                     reason="The methods do not justify the mass requested; destructive analyses are not "
                            "described in enough detail."),
        decided_item("Rock chips (CE-5)", "rejected", requested_ug=12_500, requested_pieces=3,
                     reason="Comparable Chang'e-5 basalt has already been lent for the same analyses."),
    )


def make_letter(outcome: str = "approved", *, pi: str = "zh", deadline: date | None = date(2026, 5, 6),
                note: str = "within 10 working days of this letter",
                items: tuple[DecidedItemView, ...] | None = None,
                reference: str = "APSCO-R-2026-007") -> DecisionLetterView:
    """A decision letter view; ``pi`` is a key of PI_INDEX (the PI's script)."""
    p = team()[PI_INDEX[pi]].person
    labels = {"approved": "Approved", "partially_approved": "Partially approved", "rejected": "Rejected"}
    return DecisionLetterView(
        application_id=uuid.uuid4(),
        reference=reference,
        title="Space weathering of Chang'e-6 far-side regolith: nanophase iron and solar-wind water",
        kind_label="Research",
        institution=p.institution,
        institution_local=p.institution_local,
        member_state=p.country,
        member_state_zh=MEMBER_STATE_ZH[p.country],
        pi=p,
        round_name="2026 spring round",
        batch_number=9,
        decided_on=date(2026, 4, 22),
        outcome=outcome,
        outcome_label=labels[outcome],
        items=items if items is not None else letter_items(outcome),
        signing_deadline=deadline if outcome != "rejected" else None,
        signing_deadline_note=note if outcome != "rejected" else "",
    )


def make_round_summary(*, applications: tuple[RoundApplicationSummary, ...] | None = None) -> RoundSummaryView:
    def app(ref, state, pi, rank, mean, spread, rec, outcome, req, ok, *, entered=12, expected=12, reviewers=3):
        return RoundApplicationSummary(
            application_id=uuid.uuid4(), reference=ref, title=f"Study {ref[-3:]} of Chang'e regolith",
            member_state=state, institution=f"Institute {ref[-3:]}", pi_name=pi, reviewers_assigned=reviewers,
            scores_entered=entered, scores_expected=expected, weighted_mean=mean, spread=spread, rank=rank,
            recommendation=rec, outcome=outcome, requested_ug=req, approved_ug=ok)

    default = (
        app("APSCO-R-2026-003", "Thailand", "Somchai Wongsakul (สมชาย วงศ์สกุล)", 3, 3.4166667, 1.25,
            "Approve partly", "Partially approved", 40_000, 15_500),
        app("APSCO-R-2026-007", "Iran", "Zahra Hosseini (زهرا حسینی)", 1, 4.5833333, 0.5, "Approve", "Approved",
            62_500, 62_500),
        app("APSCO-R-2026-011", "Pakistan", "Aisha Khan (عائشہ خان)", None, None, None, "", "", 10_000, 0,
            entered=4, expected=12),
        app("APSCO-R-2026-002", "Iran", "Reza Ahmadi (رضا احمدی)", 2, 4.125, 0.75, "Approve", "Approved",
            1_234_567, 1_000_000),
        app("APSCO-R-2026-005", "Mongolia", "Batbayar Gantulga (Батбаяр Гантулга)", 4, 2.1, 2.0, "Reject",
            "Rejected", 25_000, 0),
    )
    return RoundSummaryView(
        round_id=uuid.uuid4(),
        name="2026 spring round",
        batch_number=9,
        status="closed",
        meeting_start=date(2026, 4, 14),
        meeting_end=date(2026, 4, 16),
        criteria=(("Scientific merit", 0.4), ("Feasibility", 0.25), ("Team capability", 0.2),
                  ("Efficient use of sample mass", 0.15)),
        applications=default if applications is None else applications,
    )


# --- loans: agreements, certificates, return forms ------------------------------------

from lunar_desk.services.loan_view import (  # noqa: E402 - builders added after the review ones
    BorrowerView,
    ExtensionView,
    IncidentView,
    LoanItemView,
    LoanView,
    OrganisationView,
    ResponsiblePersonView,
    ReturnLineView,
    ReturnView,
)

CLEP = OrganisationView("China Lunar Exploration and Space Program Center (CLEP)", "国家航天局探月与航天工程中心")
APSCO = OrganisationView("Asia-Pacific Space Cooperation Organization (APSCO) Secretariat", "亚太空间合作组织秘书处")

#: the borrowing institution (Latin, own script, city) of each PI_INDEX key
LOAN_BORROWERS = {
    "fa": ("Institute for Research in Fundamental Sciences (IPM)", "پژوهشگاه دانش‌های بنیادی", "Tehran", "IRN"),
    "zh": ("National Astronomical Observatories, CAS", "中国科学院国家天文台", "Beijing", "CHN"),
    "ur": ("Institute of Space Technology", "انسٹی ٹیوٹ آف اسپیس ٹیکنالوجی", "Islamabad", "PAK"),
    "th": ("Chulalongkorn University", "จุฬาลงกรณ์มหาวิทยาลัย", "Bangkok", "THA"),
    "mn": ("Mongolian Academy of Sciences", "Монгол Улсын Шинжлэх Ухааны Академи", "Ulaanbaatar", "MNG"),
    "tr": ("Middle East Technical University", "Orta Doğu Teknik Üniversitesi", "Ankara", "TUR"),
    "es": ("Universidad Nacional de Ingeniería", "", "Lima", "PER"),
}


def loan_item(position: int, number: str, mass_ug: int, *, pieces: int | None = None, mission: str = "CE-6",
              preparation: str = "powder", preparation_label: str = "Powder", parent: str | None = None,
              returned_ug: int = 0, consumed_ug: int = 0, lost_ug: int = 0,
              returned_pieces: int | None = None) -> LoanItemView:
    names = {"CE-5": ("Chang'e-5", "嫦娥五号"), "CE-6": ("Chang'e-6", "嫦娥六号")}[mission]
    outstanding = mass_ug - returned_ug - consumed_ug - lost_ug
    return LoanItemView(
        id=uuid.uuid4(), position=position, sample_id=uuid.uuid4(), sample_number=number,
        parent_sample_number=parent, mission=mission, mission_name=names[0], mission_name_zh=names[1],
        sampling_mode="scooped", sampling_mode_label="Scooped", preparation=preparation,
        preparation_label=preparation_label, use_class="research", use_class_label="Research sample",
        mass_ug=mass_ug, pieces=pieces, returned_ug=returned_ug, returned_pieces=returned_pieces,
        consumed_ug=consumed_ug, lost_ug=lost_ug, outstanding_ug=outstanding,
        outstanding_pieces=None if pieces is None else pieces - (returned_pieces or 0),
        fully_accounted=outstanding == 0, sample_status="on_loan", sample_status_label="On loan",
        location="Borrower",
    )


def loan_items() -> tuple[LoanItemView, ...]:
    return (
        loan_item(1, "CE6C0100YJFM00203-R1", 20_000, parent="CE6C0100YJFM00203"),
        loan_item(2, "CE5C0400YJFM00406", 12_500, pieces=3, mission="CE-5", preparation="chips",
                  preparation_label="Rock chips"),
        loan_item(3, "CE5Z0200YJFM01234", 1_234_567, mission="CE-5"),
    )


def make_loan(pi: str = "fa", *, agreement_number: str = "LSA-2026-012", items: tuple[LoanItemView, ...] | None = None,
              deadline: date = date(2026, 5, 8), provisional: bool = False, note: str = "",
              collected_on: date | None = None, due_date: date | None = None,
              returns: tuple[ReturnView, ...] = (), incidents: tuple[IncidentView, ...] = (),
              extensions: tuple[ExtensionView, ...] = (), certificate_number: str = "CLEP-LSC-2026-0012",
              certificate_date: date | None = date(2026, 5, 12), signed_on: date | None = None,
              purpose: str | None = None, status: str = "awaiting_signature") -> LoanView:
    """A loan view; ``pi`` is a key of PI_INDEX (the responsible person's and the institution's script)."""
    p = team()[PI_INDEX[pi]].person
    name, local, city, iso3 = LOAN_BORROWERS[pi]
    items = loan_items() if items is None else items
    title = "Space weathering of Chang'e-6 far-side regolith: nanophase iron and solar-wind water"
    total = sum(i.mass_ug for i in items)
    returned = sum(i.returned_ug for i in items)
    consumed = sum(i.consumed_ug for i in items)
    lost = sum(i.lost_ug for i in items)
    return LoanView(
        id=uuid.uuid4(), today=date(2026, 4, 28), agreement_number=agreement_number, status=status,
        status_label=status.replace("_", " ").capitalize(),
        application_id=uuid.uuid4(), application_reference="APSCO-R-2026-007", application_kind="research",
        application_kind_label="Research", application_title=title, purpose=title if purpose is None else purpose,
        batch_number=9, round_name="2026 spring round", decision_date=date(2026, 4, 22),
        lender=CLEP, coordinator=APSCO,
        borrower=BorrowerView(institution_id=uuid.uuid4(), name=name, name_local=local, city=city,
                              member_state=p.country, member_state_zh=MEMBER_STATE_ZH[p.country],
                              member_state_iso3=iso3),
        responsible_person=ResponsiblePersonView(
            person_id=p.id, name_latin=p.name_latin, name_native=p.name_native, position="Professor",
            email=p.email, phone="+98 21 2222 0000", institution=p.institution,
            institution_local=p.institution_local),
        signing_deadline=deadline, deadline_provisional=provisional, deadline_note=note,
        deadline_working_days=10, deadline_skipped=(), deadline_explanation="",
        signed_on=signed_on, certificate_number=certificate_number, certificate_date=certificate_date,
        collected_on=collected_on, collected_by="", loan_months=12,
        original_due_date=due_date, due_date=due_date, extensions=extensions,
        items=items, returns=returns, incidents=incidents,
        loaned_ug=total, returned_ug=returned, consumed_ug=consumed, lost_ug=lost,
        outstanding_ug=total - returned - consumed - lost,
        closed_on=None, released_on=None, notes="internal note: not printed",
        lapsed=False, deadline_soon=False, working_days_left=None, overdue=False, days_overdue=None,
        incident_open=any(i.status == "open" for i in incidents), allowed_actions=(),
    )


def make_returned_loan(pi: str = "th") -> LoanView:
    """A collected loan with one earlier partial return and an open incident (for the return form)."""
    items = (
        loan_item(1, "CE6C0100YJFM00203-R1", 20_000, parent="CE6C0100YJFM00203", returned_ug=5_000,
                  consumed_ug=2_500),
        loan_item(2, "CE5C0400YJFM00406", 12_500, pieces=3, mission="CE-5", preparation="chips",
                  preparation_label="Rock chips", lost_ug=1_200),
    )
    ret = ReturnView(
        id=uuid.uuid4(), returned_on=date(2026, 11, 3), received_by="Li Na (李娜)", notes="",
        lines=(ReturnLineView(items[0].id, 1, items[0].sample_number, 5_000, None, 2_500, 0, "Sealed vial, intact"),),
        returned_ug=5_000, consumed_ug=2_500, lost_ug=0)
    incident = IncidentView(
        id=uuid.uuid4(), occurred_on=date(2026, 9, 14), kind="loss", kind_label="Loss",
        description="One chip fragment (1.2 mg) lost during FIB preparation.", mass_affected_ug=1_200,
        status="open", status_label="Open", reported_to_clep_on=date(2026, 9, 15), resolution="")
    return make_loan(pi, agreement_number="LSA-2026-003", items=items, collected_on=date(2026, 5, 20),
                     due_date=date(2027, 5, 20), returns=(ret,), incidents=(incident,),
                     signed_on=date(2026, 5, 6), status="partly_returned")
