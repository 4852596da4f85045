"""AML.CS0009 Tay Poisoning.

The victim: Microsoft's Tay, a Twitter chatbot that converses with any Twitter
user and uses those interactions as training data to improve its conversations,
with a "repeat after me" command that makes it repeat anything said to it.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=prompt on "Tweets to Tay": "previous chatbots used pre-programmed scripts to respond to
  prompts"; "interact with Tay via Twitter messages".
- kind=model-output on "Tay replies": "Tay generating similarly inflammatory content".
- kind=training-data on "Conversation interactions": "Tay bot used the interactions with its
  Twitter users as training data".
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0009"
NAME = "Tay Poisoning"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A public consumer chatbot talking to anyone on Twitter.
        profile=tg.RiskProfile.HIGH,
        description="Twitter chatbot that learns from its conversations.",
    )
    tweets = tg.Data("Tweets to Tay", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.PROMPT)
    replies = tg.Data(
        "Tay replies", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.MODEL_OUTPUT
    )
    interactions = tg.Data(
        "Conversation interactions",
        sensitivity=tg.Sensitivity.PUBLIC,
        kind=tg.DataKind.TRAINING_DATA,
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "Adversaries were able to interact with Tay via Twitter messages."
        user = tm.add(tg.Actor("Twitter user", role="converses with Tay"))

    with tm.boundary("Twitter", trust=tg.Trust.PARTNER):
        # "Microsoft created Tay, a Twitter chatbot"
        twitter = tm.add(tg.ExternalService("Twitter platform"))

    with tm.boundary("Microsoft", trust=tg.Trust.INTERNAL):
        # DSL gap: the "repeat after me" command "forced Tay to repeat anything said to it",
        # so user text became Tay's own output and training data verbatim; the DSL has no
        # way to say a service echoes its input unmodified, so the command is only named
        # in this service's description.
        bot = tm.add(
            tg.Service(
                "Tay bot service",
                description="Reads mentions, generates replies, handles 'repeat after me'.",
            )
        )
        # "Tay's machine learning capabilities allowed it to be directly influenced by its
        # conversations."
        model = tm.add(
            tg.Model(
                "Tay conversation model",
                task=tg.Task.GENERATIVE,
                online_learning=True,
                description="Generates conversational replies.",
            )
        )
        # "Tay bot used the interactions with its Twitter users as training data"
        dataset = tm.add(tg.Dataset("Conversation training data", stores={interactions}))
        learning = tm.add(
            tg.Pipeline(
                "Continuous learning",
                stage=tg.Stage.TRAINING,
                description="Updates the model from recent conversations.",
            )
        )

    tm.flow(user, twitter, tweets, protocol="https")
    tm.flow(twitter, bot, tweets, protocol="https")
    tm.flow(bot, model, tweets)
    tm.flow(model, bot, replies)
    tm.flow(bot, twitter, replies, protocol="https")
    tm.flow(twitter, user, replies, protocol="https")
    tm.flow(bot, dataset, interactions, label="feedback loop")
    tm.flow(dataset, learning, interactions)
    tm.flow(learning, model, label="updated weights")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "Tay bot used the interactions with its Twitter users as training data"
    2: ("conversation-training-data", "twitter-platform->tay-bot-service"),
    # "they were able to skew Tay's dataset towards that language as well"
    3: ("conversation-training-data", "tay-bot-service->conversation-training-data"),
    # "Tay's conversation algorithms began to learn to generate reprehensible material"
    4: ("tay-conversation-model", "tay-bot-service->twitter-platform"),
}
