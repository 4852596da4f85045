"""Croquet club lawn booking, results and LLM-drafted handicap notices: the first design.

An English croquet club of about 150 members runs its own website on a small
hosted server. Members sign in to book lawns and to enter the results of their
matches (scores, opponents and an optional comment). Once a week a drafting job
takes the week's results, current handicaps and the Croquet Association's
handicap tables, and asks a hosted LLM to draft handicap change notices and the
weekly newsletter. The drafts wait in the website's admin pages for the club
handicapper, who edits and approves them; only approved handicap changes are
written to the handicap records and only the approved newsletter and notices go
out to members through a bulk e-mail service. The club secretary manages member
accounts. Controls: TLS on every link that leaves the server, e-mail and
password sign-in with admin roles for the handicapper and secretary, nightly
backups of the club database, and the handicapper's approval of every draft.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Croquet club lawn booking and handicap notices",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Club website for lawn bookings and match results, with LLM drafts of handicap "
        "notices and the newsletter approved by the handicapper."
    ),
)

# ---------------------------------------------------------------- data assets
member_profile = tg.Data(
    "Member profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone number, membership category.",
)
password_hashes = tg.Data(
    "Member password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
booking = tg.Data(
    "Lawn bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lawn, date and time slot, and the booking members' names.",
)
results = tg.Data(
    "Match results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Players, scores, competition and an optional free-text comment.",
)
handicaps = tg.Data(
    "Handicap records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Each member's current handicap and index points.",
)
ca_tables = tg.Data(
    "Croquet Association handicap tables",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
prompt = tg.Data("Drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.PII)
drafts = tg.Data(
    "Draft handicap notices and newsletter",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
approval = tg.Data("Handicapper approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published = tg.Data(
    "Approved notices and newsletter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
member_admin = tg.Data("Membership changes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members book lawns and enter their results from home or the clubhouse.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Volunteer handicapper who reviews and approves every draft.
    handicapper = tm.add(tg.Actor("Club handicapper", role="handicapper", privileged=True))
    # Volunteer secretary who adds, changes and removes member accounts.
    secretary = tm.add(tg.Actor("Club secretary", role="secretary", privileged=True))

with tm.boundary("Club web host", trust=tg.Trust.INTERNAL):
    # The club website: bookings, results entry, admin pages for drafts and members.
    website = tm.add(
        tg.Service(
            "Club website",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(
                    note="handicapper and secretary admin roles; members see booking and results pages"
                ),
            },
        )
    )
    # Members, bookings, results and handicaps in one database.
    club_db = tm.add(
        tg.DataStore(
            "Club database",
            stores={member_profile, password_hashes, booking, results, handicaps},
            controls={c.DataVersioning(note="host's nightly backups, kept 7 days")},
        )
    )
    # Reference tables the LLM is given to work out handicap changes.
    tables_store = tm.add(tg.DataStore("Handicap rules tables", stores={ca_tables}))
    # Builds the weekly prompt and stores what the LLM drafts.
    drafting_job = tm.add(
        tg.Service(
            "Weekly drafting job",
            controls={
                c.HumanInTheLoop(
                    approver="club handicapper",
                    note="drafts are held until the handicapper approves them on the website",
                )
            },
        )
    )
    # Drafts waiting for the handicapper, with their edit history.
    drafts_store = tm.add(tg.DataStore("Draft queue", stores={drafts}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the notices and newsletter.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="API terms checked: no training on club data")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Bulk e-mail service that sends the approved newsletter and notices.
    mailer = tm.add(tg.ExternalService("Bulk e-mail service", provides=tg.ExternalCategory.GENERIC))

# ---------------------------------------------------------------- flows
tm.flow(member, website, booking, results, protocol="https", label="book lawns, enter results")
tm.flow(website, member, booking, results, handicaps, protocol="https")
tm.flow(website, club_db, booking, results)
tm.flow(club_db, website, member_profile, password_hashes, booking, results, handicaps)

tm.flow(secretary, website, member_admin, protocol="https")
tm.flow(website, secretary, member_profile, protocol="https")
tm.flow(website, club_db, member_admin, id="website->club-db:members")

tm.flow(club_db, drafting_job, results, handicaps, label="weekly batch read")
tm.flow(tables_store, drafting_job, ca_tables)
tm.flow(drafting_job, llm, prompt, protocol="https")
tm.flow(llm, drafting_job, completion, protocol="https")
tm.flow(drafting_job, drafts_store, drafts)

tm.flow(drafts_store, website, drafts)
tm.flow(website, handicapper, drafts, protocol="https")
tm.flow(handicapper, website, approval, drafts, protocol="https", label="edits and approves")
tm.flow(website, drafts_store, approval, drafts)
tm.flow(
    website, club_db, handicaps, id="website->club-db:handicaps", label="approved handicap changes"
)

tm.flow(website, mailer, published, protocol="https")
tm.flow(mailer, member, published, protocol="smtp")
