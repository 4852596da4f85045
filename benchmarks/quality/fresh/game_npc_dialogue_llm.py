"""Game NPC dialogue: the first design, before any security review.

Our online role-playing game gives its non-player characters free-form dialogue
written by an LLM. Players type to an NPC in the game client; the chat gateway
passes the message through the game's existing moderation service to a dialogue
orchestrator, which adds the NPC's persona and lore from a lore index and the
player's quest state from the game server, and calls a hosted LLM. When the
model decides the player has earned it, the orchestrator calls the quest reward
tool, which asks the game server to grant a quest item or gold. NPC replies pass
back through moderation before they reach the player, and conversations are
logged for community moderators. Players sign in with their game account, chat
is rate-limited, grants are capped per call and every economy change is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Game NPC dialogue",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-written NPC dialogue that can hand out quest items and gold.",
)

# ---------------------------------------------------------------- data assets
player_chat = tg.Data(
    "Player chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text typed by the player to an NPC.",
)
player_state = tg.Data(
    "Player quest state",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account id, character name, level, quest progress.",
)
lore = tg.Data(
    "NPC persona and lore",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-NPC system prompt, quest script and reward table, plus world lore.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data("NPC prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The NPC's line of dialogue and, sometimes, a reward tool call.",
)
npc_reply = tg.Data("NPC reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
grant_call = tg.Data(
    "Reward grant request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
grant_result = tg.Data(
    "Reward grant result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
economy = tg.Data(
    "Inventories and currency balances",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Items and gold per character; gold is also sold in the cash shop.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
transcripts = tg.Data("NPC chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Player devices", trust=tg.Trust.UNTRUSTED):
    # Anyone with an account, including gold farmers and minors.
    player = tm.add(tg.Actor("Player", role="player"))
    # The installed game client; players can modify it or script it.
    client = tm.add(tg.Device("Game client", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the NPC's lines; hosted by a model vendor.
    llm = tm.add(
        tg.LLM(
            "Dialogue LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="contract: no training on our prompts")},
        )
    )

with tm.boundary("Game cloud", trust=tg.Trust.INTERNAL):
    # Terminates the client's chat socket for NPC conversations.
    gateway = tm.add(
        tg.Endpoint(
            "Chat gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="game account session token"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The game's existing chat moderation, reused for NPC conversations in both directions.
    moderation = tm.add(
        tg.Service(
            "Moderation service",
            description="Profanity and toxicity classifier built for player-to-player chat.",
            controls={c.Guardrails(note="toxicity and profanity filter on chat text")},
        )
    )
    # Builds the prompt, calls the LLM and carries out the reward tool calls it asks for.
    orchestrator = tm.add(
        tg.Agent(
            "Dialogue orchestrator",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="One conversation per player and NPC; no memory between sessions.",
        )
    )
    # Personas, quest scripts and lore the orchestrator retrieves for each NPC.
    lore_index = tm.add(tg.VectorStore("Lore index", stores={lore}))
    # Lets an NPC give the player a quest item or gold.
    reward_tool = tm.add(
        tg.Tool(
            "Quest reward tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="500 gold and one item per grant")},
        )
    )
    # Kept for community moderators to handle player reports.
    chat_logs = tm.add(
        tg.DataStore(
            "Chat log store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

    with tm.boundary("Game backend", trust=tg.Trust.RESTRICTED):
        # The authoritative game server: quest state and economy.
        game_server = tm.add(
            tg.Service(
                "Game server",
                controls={c.AuditLogging(note="every economy transaction is logged")},
            )
        )
        # Inventories and currency balances of every character.
        economy_db = tm.add(tg.DataStore("Economy database", stores={economy, player_state}))

with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # Writes and updates NPC personas, quest scripts and reward tables.
    designer = tm.add(tg.Actor("Narrative designer", role="game designer", privileged=True))
    # Reviews reported conversations.
    moderator = tm.add(tg.Actor("Community moderator", role="moderator"))

# ---------------------------------------------------------------- flows
# the conversation
tm.flow(player, client, player_chat)
tm.flow(client, gateway, player_chat, protocol="wss")
tm.flow(gateway, moderation, player_chat)
tm.flow(moderation, orchestrator, player_chat, label="moderated player message")
tm.flow(game_server, orchestrator, player_state)
tm.flow(lore_index, orchestrator, lore, label="persona and lore")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, moderation, npc_reply)
tm.flow(moderation, gateway, npc_reply, label="moderated NPC reply")
tm.flow(gateway, client, npc_reply, protocol="wss")
tm.flow(client, player, npc_reply)

# rewards
tm.flow(orchestrator, reward_tool, grant_call)
tm.flow(reward_tool, game_server, grant_call)
tm.flow(game_server, economy_db, economy, label="grant item or gold")
tm.flow(economy_db, game_server, economy, player_state)
tm.flow(game_server, reward_tool, grant_result)
tm.flow(reward_tool, orchestrator, grant_result)

# content and moderation
tm.flow(designer, lore_index, lore, protocol="https")
tm.flow(orchestrator, chat_logs, transcripts)
tm.flow(chat_logs, moderator, transcripts, protocol="https", label="reported conversations")
