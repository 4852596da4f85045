"""Bell ringing practice scheduler: the first design, before any security review.

A diocesan guild of bell ringers runs a shared web app. Tower captains post
practice nights and quarter peal attempts, and ringers (some of them under 18)
mark when they are available. A scheduling service reads the availability and
asks a hosted LLM to draft practice rotas and quarter peal bands; the captain
reviews the draft in the app and approves it, and the service then e-mails the
schedule to each ringer (with a copy to the parent of a junior) through a
transactional e-mail provider. Confirmed ringers' e-mails include the tower's
key-safe access code. The guild secretary keeps the membership register and
the safeguarding check records for junior ringers in the same app.
The app runs on a small cloud platform account; sign-in is e-mail and password,
all browser traffic is HTTPS, the database is encrypted by the provider and
only the secretary's role can open the membership and safeguarding records.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Bell ringing practice scheduler",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Guild app where an LLM drafts practice and quarter peal schedules e-mailed to ringers.",
)

# ---------------------------------------------------------------- data assets
practice_times = tg.Data(
    "Practice times and peal attempts", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
availability = tg.Data("Ringer availability", sensitivity=tg.Sensitivity.PII, kind="records")
contacts = tg.Data(
    "Ringer contact details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, tower, junior flag and parent's e-mail for under-18s.",
)
prompt = tg.Data(
    "Schedule drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the practice slots and ringers' names and availability.",
)
draft = tg.Data("Draft schedule", sensitivity=tg.Sensitivity.PII, kind="model-output")
approval = tg.Data("Schedule approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
schedule_mail = tg.Data("Schedule e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")
membership = tg.Data(
    "Membership records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
safeguarding = tg.Data(
    "Safeguarding check records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="DBS check status of adults teaching juniors, junior ringers' consent forms.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
access_codes = tg.Data(
    "Tower access codes",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Key-safe and door codes for each tower.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Posts practice nights, approves drafts, keeps the tower's access code up to date.
    captain = tm.add(tg.Actor("Tower captain", role="tower captain"))
    # Members of the guild, juniors included, marking availability and getting schedules.
    ringer = tm.add(tg.Actor("Ringer", role="guild member"))
    # Receives copies of a junior ringer's schedule e-mails.
    parent = tm.add(tg.Actor("Parent or guardian", role="parent of a junior ringer"))
    # Volunteer officer who administers membership and safeguarding records from home.
    secretary = tm.add(tg.Actor("Guild secretary", role="guild secretary", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that drafts the rotas from the prompt.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat completion API of a commercial model vendor.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the schedules.
    mailer = tm.add(
        tg.ExternalService("Transactional e-mail service", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Guild cloud app", trust=tg.Trust.INTERNAL):
    # The web app every guild member signs in to.
    web_app = tm.add(
        tg.Endpoint(
            "Guild web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Builds the prompt, calls the LLM, merges access codes and sends the e-mails.
    scheduler = tm.add(
        tg.Service(
            "Schedule drafting service",
            description="Drafts with the LLM; sends only after the captain approves the draft.",
            controls={c.HumanInTheLoop(approver="the tower captain")},
        )
    )
    # Practice nights, availability and drafts.
    practice_db = tm.add(
        tg.DataStore(
            "Practice and availability database",
            stores={practice_times, availability, draft},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("Officers' records", trust=tg.Trust.RESTRICTED):
        # The secretary's register of members, with junior and safeguarding details.
        register = tm.add(
            tg.DataStore(
                "Membership register",
                stores={membership, contacts, safeguarding},
                controls={
                    c.RBAC(note="secretary role only; captains see names of their tower"),
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                },
            )
        )
        # Each tower's key-safe and door codes.
        towers = tm.add(
            tg.DataStore(
                "Tower access code store",
                stores={access_codes},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

# ---------------------------------------------------------------- flows
# Captains and ringers use the web app.
tm.flow(captain, web_app, practice_times, availability, protocol="https")
tm.flow(web_app, captain, availability, draft, protocol="https")
tm.flow(captain, web_app, approval, protocol="https", label="approves draft")
tm.flow(captain, web_app, access_codes, protocol="https", label="updates tower code")
tm.flow(ringer, web_app, availability, protocol="https")
tm.flow(web_app, ringer, practice_times, protocol="https")
tm.flow(web_app, practice_db, practice_times, availability)
tm.flow(practice_db, web_app, practice_times, availability, draft)
tm.flow(web_app, towers, access_codes)

# Drafting with the LLM.
tm.flow(practice_db, scheduler, practice_times, availability)
tm.flow(register, scheduler, contacts)
tm.flow(scheduler, llm, prompt, protocol="https")
tm.flow(llm, scheduler, draft, protocol="https")
tm.flow(scheduler, practice_db, draft)
tm.flow(web_app, scheduler, approval)

# Sending the approved schedule, with the tower code for confirmed ringers.
tm.flow(towers, scheduler, access_codes)
tm.flow(scheduler, mailer, schedule_mail, access_codes, protocol="https")
tm.flow(mailer, ringer, schedule_mail, access_codes, protocol="smtp")
tm.flow(mailer, parent, schedule_mail, protocol="smtp")

# The secretary's membership and safeguarding administration.
tm.flow(secretary, web_app, membership, safeguarding, protocol="https")
tm.flow(web_app, secretary, membership, safeguarding, protocol="https")
tm.flow(web_app, register, membership, contacts, safeguarding)
tm.flow(register, web_app, membership, contacts, safeguarding)
