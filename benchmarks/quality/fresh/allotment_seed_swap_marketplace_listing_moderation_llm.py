"""Seed swap marketplace with LLM listing moderation: the first design, before review.

A national gardening charity runs an online seed swap for its members. Members sign
in to the swap web app with e-mail and password, list surplus seeds, cuttings and
plants with a description and photos, and message each other to arrange swaps by
post, which means they exchange names and postal addresses in messages.
Listings go live when posted. A moderation service then sends each new or edited
listing, with the charity's rulebook (invasive non-native species and plant health
movement restrictions), to a hosted LLM that drafts a moderation decision.
Drafts that propose removal land in a queue; volunteer moderators, working from
home, confirm or reject each removal in a moderation console, and the member is
e-mailed the outcome. A staff plant health officer keeps the rulebook up to date.
Everything runs in the charity's cloud account; e-mail goes out via an e-mail
delivery provider. Controls in this design: member and moderator sign-in, role
checks on the console, upload checks on photos, encryption of the member database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Seed swap marketplace listing moderation",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Members list and swap seeds and plants; a hosted LLM drafts moderation "
    "decisions against invasive species and plant health rules, volunteers confirm removals.",
)

# ---------------------------------------------------------------- data assets
member_profile = tg.Data(
    "Member profile and postal address",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, postal address, membership number, county.",
)
sign_in = tg.Data(
    "Member sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
listing = tg.Data(
    "Seed and plant listing",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Free-text title and description, species named by the member, quantity, county.",
)
listing_photos = tg.Data("Listing photos", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
messages = tg.Data(
    "Member swap messages",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Messages between members, usually including postal addresses.",
)
rulebook = tg.Data(
    "Invasive species and plant health rules",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Listed invasive non-native species and plant health movement restrictions.",
)
moderation_prompt = tg.Data("Moderation prompt", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
draft_decision = tg.Data(
    "Draft moderation decision", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
moderator_decision = tg.Data(
    "Confirmed removal decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
notification = tg.Data(
    "Member notification e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="New message alerts and moderation outcomes, to the member's e-mail address.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the charity can list and message; membership is cheap to get.
    member = tm.add(tg.Actor("Member", role="seed swap member"))
    # Volunteers moderate from their own computers at home.
    moderator = tm.add(tg.Actor("Volunteer moderator", role="moderator"))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Keeps the rulebook in line with the official invasive species and plant health lists.
    officer = tm.add(tg.Actor("Plant health officer", role="charity staff"))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # The member-facing site: listings, search, messaging pages.
    web_app = tm.add(
        tg.Endpoint(
            "Seed swap web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo uploads limited to JPEG/PNG under 10 MB"),
            },
        )
    )
    # Member accounts, addresses and password hashes.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_profile, sign_in},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Live listings, searched by all members.
    listings_db = tm.add(tg.DataStore("Listings database", stores={listing}))
    # Object storage for listing photos.
    photo_bucket = tm.add(tg.DataStore("Listing photo bucket", stores={listing_photos}))
    # Member-to-member messaging to arrange swaps by post.
    messaging = tm.add(tg.Service("Messaging service"))
    message_store = tm.add(tg.DataStore("Message store", stores={messages}))
    # Builds the prompt from the listing and the rulebook, and files the LLM's draft.
    moderation_svc = tm.add(
        tg.Service(
            "Listing moderation service",
            description="Runs on each new or edited listing; listings stay live while checked.",
        )
    )
    # The rulebook the LLM checks listings against.
    rules_store = tm.add(tg.DataStore("Moderation rulebook", stores={rulebook}))
    # Drafts waiting for a volunteer, and the confirmed outcomes.
    queue = tm.add(tg.DataStore("Moderation queue", stores={draft_decision, moderator_decision}))
    # Where volunteers review drafts and confirm removals.
    console = tm.add(
        tg.Endpoint(
            "Moderation console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="only accounts with the moderator role"),
                c.AuditLogging(note="who confirmed or rejected each removal"),
                c.HumanInTheLoop(approver="a volunteer moderator confirms every removal"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted moderation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Checks listings against the rulebook and drafts a moderation decision.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail delivery.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
# members using the site
tm.flow(
    member, web_app, member_profile, sign_in, listing, listing_photos, messages, protocol="https"
)
tm.flow(web_app, member, listing, listing_photos, messages, member_profile, protocol="https")
tm.flow(web_app, member_db, member_profile, sign_in)
tm.flow(member_db, web_app, member_profile, sign_in)
tm.flow(web_app, listings_db, listing)
tm.flow(listings_db, web_app, listing)
tm.flow(web_app, photo_bucket, listing_photos)
tm.flow(photo_bucket, web_app, listing_photos)

# messaging between members
tm.flow(web_app, messaging, messages)
tm.flow(messaging, web_app, messages)
tm.flow(messaging, message_store, messages)
tm.flow(message_store, messaging, messages)
tm.flow(messaging, mailer, notification, protocol="https", label="new message alert")
tm.flow(mailer, member, notification, protocol="smtp")

# LLM moderation
tm.flow(listings_db, moderation_svc, listing, label="new and edited listings")
tm.flow(photo_bucket, moderation_svc, listing_photos)
tm.flow(rules_store, moderation_svc, rulebook)
tm.flow(moderation_svc, llm, moderation_prompt, listing, listing_photos, rulebook, protocol="https")
tm.flow(llm, moderation_svc, draft_decision, protocol="https")
tm.flow(moderation_svc, queue, draft_decision)

# volunteer review
tm.flow(queue, console, draft_decision, moderator_decision)
tm.flow(listings_db, console, listing)
tm.flow(photo_bucket, console, listing_photos)
tm.flow(console, moderator, draft_decision, listing, listing_photos, protocol="https")
tm.flow(moderator, console, moderator_decision, protocol="https")
tm.flow(console, queue, moderator_decision)
tm.flow(console, listings_db, moderator_decision, label="remove listing")
tm.flow(console, mailer, notification, protocol="https", label="moderation outcome")

# rulebook upkeep
tm.flow(officer, rules_store, rulebook, protocol="https", label="rulebook updates")
