"""Community moderation and ban appeal assistant: the first design.

A small studio runs in-game chat for its online game and a self-hosted community
forum. A moderation service collects chat messages every minute and forum posts
through the forum's post-created webhook, and asks a hosted LLM (a vendor API,
zero-retention tier) to flag toxic content against our community guidelines and
to propose a mute or ban. Flags go into a case store; the one community manager
reviews them in a moderation console (Google Workspace SSO with 2-step
verification) and only their approval reaches the player account service that
applies bans in chat and on the forum. Banned players sign in to a web appeal form
with their game account; an appeal assistant asks the same LLM to draft a reply
from the appeal and the case evidence, and the community manager edits and sends
it by e-mail through a transactional mail provider. Players are worldwide, many
in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community moderation and ban appeal assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM flags toxic chat and forum posts, proposes bans, drafts appeal replies.",
)

# ---------------------------------------------------------------- data assets
chat = tg.Data(
    "In-game chat messages",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Player ID, display name, channel and message text.",
)
posts = tg.Data("Forum posts", kind="documents", sensitivity=tg.Sensitivity.PII)
guidelines = tg.Data(
    "Community guidelines and moderation prompt",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
mod_prompt = tg.Data("Moderation prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
flags = tg.Data(
    "Toxicity flags and proposed bans",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
cases = tg.Data(
    "Moderation cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged messages with context, proposed action, decision and appeal.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ban_decision = tg.Data("Ban decision", kind="records", sensitivity=tg.Sensitivity.PII)
ban_status = tg.Data("Player ban status", kind="records", sensitivity=tg.Sensitivity.PII)
accounts = tg.Data(
    "Player accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail, display name, purchase history, ban and mute history.",
)
sign_in = tg.Data("Player sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data(
    "Ban appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The player's free-text account of why the ban should be lifted.",
)
appeal_prompt = tg.Data("Appeal drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("Draft appeal reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Appeal reply e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who buys the game: writes in chat and on the forum, and appeals bans.
    player = tm.add(tg.Actor("Player", role="player"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # One hosted model does both jobs: moderation verdicts and appeal drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted moderation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Classifies chat and forum posts for toxicity and drafts appeal replies.",
            controls={
                c.SupplierAssessment(note="zero-retention API tier, no training on our data")
            },
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Sends the appeal replies the community manager approves.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Studio cloud", trust=tg.Trust.INTERNAL):
    # The game's chat relay; it also enforces mutes and bans in game.
    chat_server = tm.add(tg.Service("Game chat server", internet_facing=True))
    # Self-hosted community forum; calls our webhook for each new post.
    forum = tm.add(tg.Service("Community forum", internet_facing=True))
    # Batches chat, receives forum webhooks, asks the LLM for flags.
    moderation = tm.add(
        tg.Service(
            "Moderation service",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Builds the drafting prompt from the appeal and the case evidence.
    appeal_assistant = tm.add(
        tg.Service(
            "Appeal drafting assistant",
            controls={
                c.HumanInTheLoop(approver="the community manager edits and sends every reply")
            },
        )
    )
    # Where the community manager reviews flags, approves bans and sends replies.
    console = tm.add(
        tg.Endpoint(
            "Moderation console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.HumanInTheLoop(approver="the community manager approves every mute and ban"),
            },
        )
    )
    # Public web form where a banned player explains themselves.
    appeal_form = tm.add(
        tg.Endpoint(
            "Ban appeal form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="game account e-mail and password"),
                c.RateLimiting(requests_per_minute=5),
            },
        )
    )
    # Owns player accounts and applies bans everywhere.
    account_service = tm.add(tg.Service("Player account service"))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Player accounts, sign-in data and ban history.
        account_db = tm.add(
            tg.DataStore(
                "Player account database",
                stores={accounts, sign_in, ban_status},
                controls={c.EncryptionAtRest(key_management="managed database default keys")},
            )
        )
        # Everything about each moderation case, from flag to appeal.
        case_store = tm.add(
            tg.DataStore(
                "Moderation case store",
                stores={cases, flags, appeal, draft},
                controls={c.EncryptionAtRest(key_management="managed database default keys")},
            )
        )
        # The guidelines text and the system prompts the LLM works from.
        guideline_store = tm.add(tg.DataStore("Community guidelines store", stores={guidelines}))

with tm.boundary("Studio staff", trust=tg.Trust.INTERNAL):
    # The studio's single community manager, working from home on a studio laptop.
    manager = tm.add(tg.Actor("Community manager", role="community manager"))

# ---------------------------------------------------------------- flows
tm.flow(player, chat_server, chat, protocol="wss")
tm.flow(chat_server, player, chat, protocol="wss")
tm.flow(player, forum, posts, protocol="https")
tm.flow(forum, player, posts, protocol="https")

tm.flow(chat_server, moderation, chat, protocol="https", label="batched every minute")
tm.flow(forum, moderation, posts, protocol="https", label="post-created webhook")
tm.flow(guideline_store, moderation, guidelines)
tm.flow(moderation, llm, mod_prompt, protocol="https")
tm.flow(llm, moderation, flags, protocol="https")
tm.flow(moderation, case_store, flags, cases)

tm.flow(case_store, console, cases, flags, draft)
tm.flow(console, manager, cases, flags, draft, protocol="https")
tm.flow(manager, console, ban_decision, reply, protocol="https")
tm.flow(console, case_store, ban_decision)
tm.flow(console, account_service, ban_decision, protocol="https")
tm.flow(account_service, account_db, ban_status)
tm.flow(account_service, chat_server, ban_status, protocol="https")
tm.flow(account_service, forum, ban_status, protocol="https", label="forum admin API")

tm.flow(player, appeal_form, sign_in, appeal, protocol="https")
tm.flow(appeal_form, account_service, sign_in, protocol="https", label="sign-in check")
tm.flow(account_db, account_service, accounts, sign_in)
tm.flow(account_service, appeal_form, ban_status, protocol="https")
tm.flow(appeal_form, case_store, appeal)

tm.flow(case_store, appeal_assistant, cases, appeal)
tm.flow(guideline_store, appeal_assistant, guidelines)
tm.flow(appeal_assistant, llm, appeal_prompt, protocol="https")
tm.flow(llm, appeal_assistant, draft, protocol="https")
tm.flow(appeal_assistant, case_store, draft)

tm.flow(console, mailer, reply, protocol="https")
tm.flow(mailer, player, reply, protocol="smtp+starttls")
