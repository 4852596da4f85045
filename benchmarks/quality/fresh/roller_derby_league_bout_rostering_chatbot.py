"""Roller derby league bout rostering chatbot: the first design, before any security review.

A volunteer-run roller derby league in the UK wants to stop building bout rosters in
spreadsheets. Skaters message a bot in the league's Discord server to say which bouts
they can skate, ask whether they are eligible and see the draft line-up. The bot is an
LLM agent on a small cloud VM the league rents: it calls a hosted LLM, records
availability, checks eligibility against the charter rules (minimum skills passed,
insurance in date, medical clearance after injury) and drafts a roster for each bout.
Bench coaches review and approve drafts in the league admin web app; only an approved
roster is posted to the team channel. The membership secretary keeps skater records in
the same app. Discord accounts are linked to membership records when a skater joins,
the admin app signs in with Discord OAuth and has coach and secretary roles, and the
bot's conversations are kept in a log on the VM.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Roller derby league bout rostering chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Discord chatbot that collects skater availability and drafts bout rosters.",
)

# ---------------------------------------------------------------- data assets
skater_message = tg.Data(
    "Skater chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Availability, eligibility questions and roster questions, with the Discord ID.",
)
bot_reply = tg.Data("Bot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Rostering prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation and the skater and bout details looked up.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
availability = tg.Data(
    "Bout availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which skaters can make which bouts and practices.",
)
availability_call = tg.Data(
    "Availability update call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
skater_records = tg.Data(
    "Skater membership records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Derby name, legal name, e-mail, Discord ID, skills level, insurance expiry.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
medical_clearance = tg.Data(
    "Medical clearance status",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Injury and concussion return-to-skate clearance dates.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
charter_rules = tg.Data(
    "Charter rules and bout schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bout dates, opponents, roster size and eligibility criteria.",
)
eligibility_query = tg.Data(
    "Eligibility check call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
eligibility_result = tg.Data(
    "Eligibility check result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
roster_call = tg.Data("Roster draft call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft_roster = tg.Data("Draft bout roster", kind="records", sensitivity=tg.Sensitivity.PII)
roster_approval = tg.Data("Roster approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
announce_call = tg.Data(
    "Roster announcement call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
published_roster = tg.Data(
    "Published bout roster",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Derby names and numbers for the bout, posted to the team channel.",
)
membership_updates = tg.Data(
    "Membership record updates", kind="records", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Bot conversation log", kind="logs", sensitivity=tg.Sensitivity.PII)
oauth_signin = tg.Data("Discord OAuth sign-in", kind="credentials", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # League members who skate; they only ever talk to the bot through Discord.
    skater = tm.add(tg.Actor("Skater", role="league member"))
    # Volunteer coaches who pick the line-up for each bout.
    coach = tm.add(tg.Actor("Bench coach", role="coach"))
    # Volunteer committee member who maintains the membership list.
    secretary = tm.add(tg.Actor("Membership secretary", role="committee", privileged=True))

with tm.boundary("Discord platform", trust=tg.Trust.PARTNER):
    # Hosts the league server; relays messages to the bot over its gateway.
    discord = tm.add(tg.ExternalService("Discord", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("League cloud VM", trust=tg.Trust.INTERNAL):
    # Keeps the gateway connection open and maps Discord IDs to members.
    connector = tm.add(
        tg.Service(
            "Discord bot connector",
            controls={
                c.Authentication(
                    method="Discord account ID linked to the membership record at onboarding"
                )
            },
        )
    )
    # The LLM agent that holds the conversation and calls the rostering tools.
    agent = tm.add(
        tg.Agent(
            "Rostering agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers skaters, records availability and drafts rosters.",
        )
    )
    # Writes a skater's availability for upcoming bouts.
    availability_tool = tm.add(tg.Tool("Availability update tool", capabilities={"read", "write"}))
    # Reads the charter rules and a skater's record and says whether they may skate.
    eligibility_tool = tm.add(tg.Tool("Eligibility check tool", capabilities={"read"}))
    # Saves a draft line-up for a bout for the coaches to review.
    roster_tool = tm.add(tg.Tool("Roster drafting tool", capabilities={"read", "write"}))
    # Posts an approved roster to the team's Discord channel.
    announce_tool = tm.add(
        tg.Tool(
            "Roster announcement tool",
            capabilities={"send-messages"},
            controls={
                c.HumanInTheLoop(
                    approver="the bench coach",
                    note="posts a roster only after a coach has approved it in the admin app",
                )
            },
        )
    )
    # Postgres database: members, availability, clearance and draft rosters.
    league_db = tm.add(
        tg.DataStore(
            "League database",
            stores={skater_records, medical_clearance, availability, draft_roster, roster_approval},
        )
    )
    # Charter rules and the season's bout schedule, edited by the committee.
    rules_store = tm.add(tg.DataStore("Charter rules and schedule", stores={charter_rules}))
    # Flask app where coaches approve rosters and the secretary maintains records.
    admin_app = tm.add(
        tg.Service(
            "League admin web app",
            internet_facing=True,
            controls={
                c.Authentication(method="Discord OAuth sign-in"),
                c.RBAC(note="coach and secretary roles"),
            },
        )
    )
    # Every conversation with the bot, kept for resolving roster disputes.
    conversation_log = tm.add(tg.DataStore("Conversation log", stores={transcripts}))

# ---------------------------------------------------------------- flows
# skaters talking to the bot
tm.flow(skater, discord, skater_message, protocol="https")
tm.flow(discord, skater, bot_reply, published_roster, protocol="https")
tm.flow(discord, connector, skater_message, protocol="wss", label="gateway events")
tm.flow(connector, discord, bot_reply, protocol="https")
tm.flow(connector, agent, skater_message, protocol="local")
tm.flow(agent, connector, bot_reply, protocol="local")

# the agent and its model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, conversation_log, transcripts)

# tools
tm.flow(agent, availability_tool, availability_call)
tm.flow(availability_tool, league_db, availability)
tm.flow(availability_tool, agent, availability, label="saved availability")
tm.flow(agent, eligibility_tool, eligibility_query)
tm.flow(league_db, eligibility_tool, skater_records, medical_clearance)
tm.flow(rules_store, eligibility_tool, charter_rules)
tm.flow(eligibility_tool, agent, eligibility_result)
tm.flow(agent, roster_tool, roster_call)
tm.flow(league_db, roster_tool, availability, skater_records)
tm.flow(rules_store, roster_tool, charter_rules)
tm.flow(roster_tool, league_db, draft_roster)
tm.flow(roster_tool, agent, draft_roster)
tm.flow(agent, announce_tool, announce_call)
tm.flow(league_db, announce_tool, draft_roster, roster_approval, label="approved roster")
tm.flow(announce_tool, discord, published_roster, protocol="https")

# coaches and the committee
tm.flow(coach, admin_app, roster_approval, protocol="https")
tm.flow(admin_app, coach, draft_roster, availability, protocol="https")
tm.flow(admin_app, league_db, roster_approval, membership_updates)
tm.flow(league_db, admin_app, draft_roster, availability, skater_records, medical_clearance)
tm.flow(secretary, admin_app, membership_updates, medical_clearance, protocol="https")
tm.flow(admin_app, secretary, skater_records, medical_clearance, protocol="https")
tm.flow(secretary, admin_app, charter_rules, protocol="https", label="season schedule")
tm.flow(admin_app, rules_store, charter_rules)
tm.flow(discord, admin_app, oauth_signin, protocol="oidc")
